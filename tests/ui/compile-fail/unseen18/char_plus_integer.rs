//@ compile-fail
// Shifting a letter by adding an integer to a char, as in C.
fn main() {
    let c = 'a';
    let next = c + 1; //~ ERROR E0369
    println!("{}", next);
}
