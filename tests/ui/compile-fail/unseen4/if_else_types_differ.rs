//@ compile-fail
// The two branches of an if expression have different types.
fn main() {
    let stock = 0;
    let label = if stock > 0 { stock } else { "sold out" }; //~ ERROR E0308
    println!("{}", label);
}
