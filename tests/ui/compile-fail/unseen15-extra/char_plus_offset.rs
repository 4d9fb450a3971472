//@ compile-fail
// a letter shifted by adding an integer to a char
fn main() {
    let shifted: String = "abc".chars().map(|c| c + 1).collect(); //~ ERROR E0369
    println!("{shifted}");
}
