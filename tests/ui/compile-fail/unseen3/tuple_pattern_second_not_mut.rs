//@ compile-fail
// Only the first binding of the tuple pattern is `mut`; the second is then incremented.
fn main() {
    let (mut lo, hi) = (1, 10);
    lo += 1;
    hi += 1; //~ ERROR E0384
    println!("{} {}", lo, hi);
}
