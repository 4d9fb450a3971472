//@ compile-fail
// A closure bound to a variable, unannotated, stores its parameter in a `&'static str` field: each call's argument must be `'static`.
#[derive(Debug)]
struct Tok {
    w: &'static str,
}
fn main() {
    let f = |w| Tok { w };
    println!("{:?}", f("a"));
    let s = String::from("b");
    println!("{:?}", f(&s)); //~ ERROR E0597
}
