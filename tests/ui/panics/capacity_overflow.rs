// Vec::with_capacity beyond isize::MAX bytes panics with "capacity overflow".
fn main() {
    let ok: Vec<u64> = Vec::with_capacity(4);
    println!("{}", ok.capacity());
    let huge: Vec<u64> = Vec::with_capacity(usize::MAX / 4);
    println!("{}", huge.capacity());
}
