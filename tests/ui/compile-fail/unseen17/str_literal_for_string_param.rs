//@ compile-fail
// A function taking `String` is called with a string literal, as a Java method takes "text".
fn greet(name: String) -> String {
    format!("Hello, {}!", name)
}

fn main() {
    let msg = greet("world"); //~ ERROR E0308
    println!("{}", msg);
}
