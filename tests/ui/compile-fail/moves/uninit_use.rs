//@ compile-fail
// Reading a variable that was declared but never assigned.
fn main() {
    let x: i32;
    println!("{}", x); //~ ERROR E0381
}
