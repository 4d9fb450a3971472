//@ compile-fail
// An unclosed `{` in a format string.
fn main() {
    println!("value {", 3); //~ ERROR invalid format string: expected `}` but string was terminated
}
