//@ compile-fail
// A closure whose parameter is written `&'static str` cannot be called with a borrow of a local.
fn main() {
    let f = |w: &'static str| w.len();
    let s = String::from("x");
    println!("{}", f(s.as_str())); //~ ERROR E0597
}
