//@ compile-fail
// Returning `&s` where `s` is a String built with format! inside the function.
fn greet(name: &str) -> &str {
    let s = format!("hello {}", name);
    &s //~ ERROR E0515
}

fn main() {
    println!("{}", greet("bob"));
}
