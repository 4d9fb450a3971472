//@ compile-fail
// A variable is reassigned while a reference to it is still alive.
fn main() {
    let mut count = 1;
    let r = &count;
    count = 2; //~ ERROR E0506
    println!("{} {}", r, count);
}
