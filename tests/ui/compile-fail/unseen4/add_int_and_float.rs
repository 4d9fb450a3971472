//@ compile-fail
// Adding an integer and a float without a cast.
fn main() {
    let items = 3;
    let price = 2.5;
    let total = items * price; //~ ERROR E0277
    println!("{}", total);
}
