//@ compile-fail
// A binding from a tuple pattern is immutable.
fn main() {
    let (a, mut b) = (1, 2);
    b += 1;
    a += 1; //~ ERROR E0384
    println!("{} {}", a, b);
}
