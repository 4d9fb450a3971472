//@ compile-fail
// assert_eq! on a type that is Debug but not PartialEq (E0369).
#[derive(Debug)]
struct P(i32);
fn main() {
    assert_eq!(P(1), P(1)); //~ ERROR E0369
}
