//@ compile-fail
// `impl Fn() + 'static` cannot capture a borrowed parameter, although edition 2024 captures lifetimes.
fn cap(s: &str) -> impl Fn() -> usize + 'static {
    move || s.len() //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", cap("x")());
}
