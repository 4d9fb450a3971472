//@ compile-fail
// Printing a value while a mutable borrow of it is still used later.
fn main() {
    let mut s = String::from("hi");
    let r = &mut s;
    println!("{}", s); //~ ERROR E0502
    r.push('!');
}
