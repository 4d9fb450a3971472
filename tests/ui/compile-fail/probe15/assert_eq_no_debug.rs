//@ compile-fail
// assert_eq! on a type that is PartialEq but not Debug (E0277).
#[derive(PartialEq)]
struct P(i32);
fn main() {
    assert_eq!(P(1), P(1)); //~ ERROR E0277
    //~^ ERROR E0277
}
