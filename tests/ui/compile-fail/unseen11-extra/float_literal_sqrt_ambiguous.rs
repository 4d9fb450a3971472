//@ compile-fail
// sqrt is called on an untyped float literal.
fn main() {
    let side = 2.0.sqrt(); //~ ERROR E0689
    println!("{:.3}", side);
}
