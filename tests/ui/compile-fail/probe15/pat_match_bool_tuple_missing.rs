//@ compile-fail
// A match on (bool, bool) missing (false, false) (E0004).
fn main() {
    let t = (true, false);
    match t { //~ ERROR E0004
        (true, _) => println!("a"),
        (false, true) => println!("b"),
    }
}
