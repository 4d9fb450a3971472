//@ compile-fail
// The two branches of an `if` used as a value have different types.
fn main() {
    let stock = 3;
    let status = if stock > 0 { "available" } else { 0 }; //~ ERROR E0308
    println!("{}", status);
}
