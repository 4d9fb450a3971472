//@ compile-fail
// A function builds a greeting String and returns a reference to it.
fn greeting(name: &str) -> &str {
    let s = format!("Hello, {}!", name);
    &s //~ ERROR E0515
}

fn main() {
    println!("{}", greeting("Lea"));
}
