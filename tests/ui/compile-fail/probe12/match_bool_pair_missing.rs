//@ compile-fail
// `(bool, bool)` without `(false, true)`.
fn main() {
    let p = (true, false);
    match p { //~ ERROR E0004
        (true, _) => println!("a"),
        (false, false) => println!("b"),
    }
}
