//@ compile-fail
// assert_eq! of a value with a reference to one: the right side is checked against the left (E0308).
#[derive(Debug, PartialEq)]
struct P(i32);

fn main() {
    let a = P(1);
    let b = P(1);
    assert_eq!(a, &b); //~ ERROR E0308
}
