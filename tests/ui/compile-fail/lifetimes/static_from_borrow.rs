//@ compile-fail
// Returning a borrowed parameter as `&'static`.
fn keep(s: &str) -> &'static str {
    s //~ ERROR lifetime may not live long enough
}

fn main() {
    println!("{}", keep("x"));
}
