//@ compile-fail
// A shared reference is still used after a mutable borrow of the same String (E0502)
fn main() {
    let mut s = String::from("hello");
    let r1 = &s;
    let r2 = &mut s; //~ ERROR E0502
    r2.push('!');
    println!("{}", r1);
}
