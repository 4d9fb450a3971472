//@ compile-fail
// Bindings introduced by a pattern are immutable too.
fn main() {
    let (a, b) = (1, 2);
    a = b + 1; //~ ERROR E0384
    println!("{} {}", a, b);
}
