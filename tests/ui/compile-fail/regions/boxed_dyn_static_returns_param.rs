//@ compile-fail
// `Box<dyn Trait + 'static>` cannot hold the `&'a str` parameter; rustc offers `+ 'a` or `&'static str`.
fn make<'a>(s: &'a str) -> Box<dyn std::fmt::Display + 'static> {
    Box::new(s) //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", make("x"));
}
