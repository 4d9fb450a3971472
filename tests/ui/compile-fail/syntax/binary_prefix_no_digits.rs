//@ compile-fail
// A `0b` prefix with no digits.
fn main() {
    let mask = 0b; //~ ERROR E0768
    println!("{}", mask);
}
