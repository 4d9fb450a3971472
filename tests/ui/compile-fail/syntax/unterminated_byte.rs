//@ compile-fail
// A byte literal with no closing quote.
fn main() {
    let b = b'\'; //~ ERROR E0763
    println!("{}", b);
}
