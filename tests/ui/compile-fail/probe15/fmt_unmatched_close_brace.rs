//@ compile-fail
// A lone `}` in a format string.
fn main() {
    println!("value }", ); //~ ERROR invalid format string: unmatched `}` found
}
