//@ compile-fail
// A tuple pattern with three elements for a pair (E0308).
fn main() {
    let t = (1, 2);
    let (a, b, c) = t; //~ ERROR E0308
    println!("{} {} {}", a, b, c);
}
