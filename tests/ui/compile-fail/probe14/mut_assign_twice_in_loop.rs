//@ compile-fail
// Assigning a non-`mut` local inside a loop.
fn main() {
    let x;
    for i in 0..3 {
        x = i; //~ ERROR E0384
    }
}
