// str::repeat past isize::MAX bytes panics with "capacity overflow", located in std's raw_vec.
fn main() {
    let small = "ab".repeat(3);
    println!("{} {}", small, small.capacity());
    let n = usize::MAX / 2;
    let s = "ab".repeat(n);
    println!("{}", s.len());
}
