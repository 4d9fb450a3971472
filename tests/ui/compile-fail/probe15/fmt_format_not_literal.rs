//@ compile-fail
// format! with a String instead of a literal.
fn main() {
    let f = String::from("{}");
    let s = format!(f, 1); //~ ERROR format argument must be a string literal
    println!("{}", s);
}
