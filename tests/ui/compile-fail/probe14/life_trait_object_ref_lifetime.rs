//@ compile-fail
// `Vec<Box<dyn Fn()>>` pushed a closure borrowing a local after the Vec.
fn main() {
    let mut handlers: Vec<Box<dyn Fn()>> = Vec::new();
    let name = String::from("n");
    handlers.push(Box::new(|| println!("{}", name))); //~ ERROR E0597
    for h in &handlers { h(); }
}
