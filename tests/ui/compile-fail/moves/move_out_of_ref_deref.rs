//@ compile-fail
// Dereferencing a `&String` and binding it by value would move out of the borrow.
fn main() {
    let s = String::from("text");
    let r = &s;
    let t = *r; //~ ERROR E0507
    println!("{}", t);
}
