//@ compile-fail
// Calling an FnMut closure stored in a binding that is not `mut`.
fn main() {
    let mut count = 0;
    let tick = || count += 1; //~ ERROR E0596
    tick();
    tick();
    println!("{}", count);
}
