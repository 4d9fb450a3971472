//@ compile-fail
// assert!'s message with a placeholder and no argument.
fn main() {
    let x = 1;
    assert!(x > 0, "x was {}"); //~ ERROR 1 positional argument in format string, but no arguments were given
}
