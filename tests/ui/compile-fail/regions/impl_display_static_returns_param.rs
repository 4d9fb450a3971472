//@ compile-fail
// `impl Trait + 'static` may hold only `'static` borrows: returning the `&'a str` parameter is refused.
fn make<'a>(s: &'a str) -> impl std::fmt::Display + 'static {
    s //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", make("x"));
}
