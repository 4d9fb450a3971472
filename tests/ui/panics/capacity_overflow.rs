// Vec::with_capacity beyond isize::MAX bytes panics with "capacity overflow" (located in std).
fn make(n: usize) -> Vec<u64> {
    Vec::with_capacity(n)
}

fn main() {
    let ok = make(4);
    println!("{}", ok.capacity());
    let huge = make(usize::MAX / 4);
    println!("{}", huge.capacity());
}
