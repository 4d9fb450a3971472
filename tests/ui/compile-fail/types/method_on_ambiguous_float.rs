//@ compile-fail
// A method on a float literal whose type is not fixed yet.
fn main() {
    let root = 16.0.sqrt(); //~ ERROR E0689
    println!("{}", root);
}
