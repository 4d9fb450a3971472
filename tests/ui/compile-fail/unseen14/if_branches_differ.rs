//@ compile-fail
// The branches of an if expression have different types (E0308)
fn main() {
    let stock = 3;
    let message = if stock > 0 {
        stock
    } else {
        "sold out" //~ ERROR E0308
    };
    println!("{}", message);
}
