//@ compile-fail
// `[bool; 2]` missing `[true, true]`.
fn main() {
    let a = [true, false];
    match a { //~ ERROR E0004
        [false, _] => println!("1"),
        [true, false] => println!("2"),
    }
}
