//@ compile-fail
// A match on a char with ranges only (E0004).
fn main() {
    let c = 'x';
    match c { //~ ERROR E0004
        'a'..='z' => println!("lower"),
        'A'..='Z' => println!("upper"),
    }
}
