//@ compile-fail
// println! with a variable instead of a string literal.
fn main() {
    let s = "hi";
    println!(s); //~ ERROR format argument must be a string literal
}
