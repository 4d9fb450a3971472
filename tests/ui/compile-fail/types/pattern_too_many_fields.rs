//@ compile-fail
// A pattern with more fields than `Some` has.
fn main() {
    let o = Some(5);
    if let Some(a, b) = o { //~ ERROR E0023
        println!("{} {}", a, b);
    }
}
