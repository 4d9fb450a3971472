//@ compile-fail
// A function taking String is called with a string literal.
fn greet(name: String) -> String {
    format!("Hello, {}!", name)
}

fn main() {
    let msg = greet("Ferris"); //~ ERROR E0308
    println!("{}", msg);
}
