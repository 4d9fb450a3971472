//@ compile-fail
// A discount is assigned only in the member branch and then used unconditionally.
fn main() {
    let member = std::env::args().count() > 5;
    let discount: f64;
    if member {
        discount = 0.1;
    }
    let price = 80.0 * (1.0 - discount); //~ ERROR E0381
    println!("{:.2}", price);
}
