//@ compile-fail
// With an explicit lifetime, returning a reference to a local String is still refused.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    let joined = format!("{}{}", a, b);
    &joined //~ ERROR E0515
}

fn main() {
    println!("{}", longest("x", "y"));
}
