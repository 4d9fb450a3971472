//@ compile-fail
// A char literal holding an escaped quote and no closing quote.
fn main() {
    let q = '\'; //~ ERROR E0762
    println!("{}", q);
}
