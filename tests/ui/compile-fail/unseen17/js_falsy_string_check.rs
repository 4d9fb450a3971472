//@ compile-fail
// Checking for an empty name with `!name`, as JavaScript treats "" as falsy.
fn greet(name: String) -> String {
    if !name { //~ ERROR E0600
        return "Hello, stranger".to_string();
    }
    format!("Hello, {}", name)
}

fn main() {
    println!("{}", greet(String::new()));
}
