//@ compile-fail
// A closure returning its first argument where the annotation makes it unrelated.
fn main() {
    let pick = |a: &str, _b: &str| -> &str { a }; //~ ERROR lifetime may not live long enough
    println!("{}", pick("x", "y"));
}
