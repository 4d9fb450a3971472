//@ compile-fail
// Two `{}` placeholders with one argument.
fn main() {
    let a = 1;
    println!("{} and {}", a); //~ ERROR 2 positional arguments in format string, but there is 1 argument
}
