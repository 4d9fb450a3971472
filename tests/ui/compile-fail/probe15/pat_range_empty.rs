//@ compile-fail
// An exclusive range pattern that is empty (E0579).
fn main() {
    let n = 3;
    match n {
        5..5 => {} //~ ERROR E0579
        _ => {}
    }
}
