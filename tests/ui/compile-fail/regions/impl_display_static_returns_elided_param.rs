//@ compile-fail
// `impl Trait + 'static` returning an elided `&str` parameter: rustc calls its lifetime `'1`.
fn make(s: &str) -> impl std::fmt::Display + 'static {
    s //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", make("x"));
}
