//@ compile-fail
// Returning Box<dyn Fn()> (implicitly 'static) that borrows a parameter (lifetime error).
fn make(s: &str) -> Box<dyn Fn() -> usize> {
    Box::new(move || s.len()) //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", make("abc")());
}
