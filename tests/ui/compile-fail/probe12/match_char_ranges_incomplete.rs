//@ compile-fail
// Char ranges without a wildcard.
fn main() {
    let c = 'q';
    match c { //~ ERROR E0004
        'a'..='z' => println!("lower"),
        'A'..='Z' => println!("upper"),
    }
}
