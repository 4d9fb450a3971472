//@ compile-fail
// assert! given an integer (E0308).
fn main() {
    let n = 3;
    assert!(n); //~ ERROR E0308
}
