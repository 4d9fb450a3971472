//@ compile-fail
// A struct with two `bool` fields missing a combination.
struct Flags {
    a: bool,
    b: bool,
}
fn main() {
    let f = Flags { a: true, b: true };
    match f { //~ ERROR E0004
        Flags { a: true, b: _ } => println!("1"),
        Flags { a: false, b: true } => println!("2"),
    }
}
