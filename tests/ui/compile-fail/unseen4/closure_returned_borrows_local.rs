//@ compile-fail
// Returning a closure that borrows a local variable of the function.
fn make_greeter(name: &str) -> impl Fn() -> String {
    let greeting = format!("Hello, {}", name);
    || greeting.clone() //~ ERROR E0373
}

fn main() {
    let g = make_greeter("Ana");
    println!("{}", g());
}
