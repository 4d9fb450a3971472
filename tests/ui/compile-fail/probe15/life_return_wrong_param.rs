//@ compile-fail
// Returning the parameter not tied to the result's lifetime.
fn pick<'a, 'b>(a: &'a str, b: &'b str) -> &'a str {
    if a.is_empty() { b } else { a } //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", pick("a", "b"));
}
