//@ compile-fail
// A function promising `&'static str` cannot return its borrowed parameter.
fn name(s: &str) -> &'static str {
    s //~ ERROR lifetime may not live long enough
}

fn main() {
    let owned = String::from("x");
    println!("{}", name(&owned));
}
