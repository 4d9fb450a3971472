//@ compile-fail
// Adding an integer to a char (E0369).
fn main() {
    let c = 'a';
    println!("{}", c + 1); //~ ERROR E0369
}
