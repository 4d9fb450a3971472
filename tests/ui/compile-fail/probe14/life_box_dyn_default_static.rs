//@ compile-fail
// `Box<dyn Fn()>` returned from a function capturing a borrowed parameter.
fn make(s: &str) -> Box<dyn Fn() -> usize> {
    Box::new(move || s.len()) //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", make("ab")());
}
