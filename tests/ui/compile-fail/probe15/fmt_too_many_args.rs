//@ compile-fail
// One `{}` placeholder with two arguments.
fn main() {
    let a = 1;
    let b = 2;
    println!("{}", a, b); //~ ERROR argument never used
}
