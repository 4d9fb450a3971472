//@ compile-fail
// A path through a module that does not exist.
fn main() {
    let n = maths::square(4); //~ ERROR E0433
    println!("{}", n);
}
