//@ compile-fail
// assert_eq! comparing an i32 with a &str (E0277).
fn main() {
    let n = 3;
    assert_eq!(n, "3"); //~ ERROR E0277
}
