//@ compile-fail
// `fn f<'a, 'b>(x: &'a str, y: &'b str) -> &'a str` returning `y`.
fn f<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    if x.is_empty() { y } else { x } //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", f("a", "b"));
}
