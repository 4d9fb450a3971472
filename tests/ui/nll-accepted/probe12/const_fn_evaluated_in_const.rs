// A user `const fn` called in a `const` and an array length.
const fn square(n: usize) -> usize {
    n * n
}
const N: usize = square(3);
fn main() {
    let a = [0u8; square(2)];
    println!("{} {}", N, a.len());
}
