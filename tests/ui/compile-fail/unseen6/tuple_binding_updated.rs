//@ compile-fail
// A binding from a tuple pattern is not mutable, so `+=` on it is rejected.
fn main() {
    let (mut low, high) = (1, 10);
    low += 1;
    high += 1; //~ ERROR E0384
    println!("{} {}", low, high);
}
