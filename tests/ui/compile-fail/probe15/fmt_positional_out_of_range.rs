//@ compile-fail
// `{1}` with only one argument.
fn main() {
    println!("{0} {1}", 5); //~ ERROR invalid reference to positional argument 1 (there is 1 argument)
}
