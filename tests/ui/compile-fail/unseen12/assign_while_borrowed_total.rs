//@ compile-fail
// A running total is reset while a reference to it is still used.
fn main() {
    let mut total = 100;
    let view = &total;
    total = 0; //~ ERROR E0506
    println!("{} {}", total, view);
}
