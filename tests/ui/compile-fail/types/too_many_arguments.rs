//@ compile-fail
// Calling a method with too many arguments.
struct Greeter;

impl Greeter {
    fn greet(&self, name: &str) -> String {
        format!("hi {}", name)
    }
}

fn main() {
    let g = Greeter;
    println!("{}", g.greet("a", "b")); //~ ERROR E0061
}
