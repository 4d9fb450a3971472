//@ compile-fail
// A tuple of booleans with one combination missing.
fn main() {
    let pair = (true, false);
    match pair { //~ ERROR E0004
        (true, true) => println!("both"),
        (false, _) => println!("first off"),
    }
}
