//@ compile-fail
// A function cannot return a reference to a String it created itself.
fn greet(name: &str) -> &str {
    let g = format!("hello, {}", name);
    &g //~ ERROR E0515
}

fn main() {
    println!("{}", greet("Lou"));
}
