// Recursion written as a nested fn instead of a closure.
fn main() {
    fn fact(n: u64) -> u64 { if n == 0 { 1 } else { n * fact(n - 1) } }
    let f = |n| fact(n) + 1;
    println!("{}", f(5));
}
