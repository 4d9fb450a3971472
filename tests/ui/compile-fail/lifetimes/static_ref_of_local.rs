//@ compile-fail
// A `&'static` annotation on a borrow of a local.
fn main() {
    let n = 5;
    let r: &'static i32 = &n; //~ ERROR E0597
    println!("{}", r);
}
