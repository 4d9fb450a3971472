//@ compile-fail
// A `&'static str` annotation on a borrow of a local (E0597).
fn main() {
    let s = String::from("a");
    let r: &'static str = &s; //~ ERROR E0597
    println!("{}", r);
}
