//@ compile-fail
// `{0}` twice with two arguments leaves the second unused.
fn main() {
    println!("{0} {0}", 1, 2); //~ ERROR argument never used
}
