//@ compile-fail
// assert_ne! with a single argument.
fn main() {
    let x = 1;
    assert_ne!(x); //~ ERROR unexpected end of macro invocation
}
