//@ compile-fail
// Boxed callbacks returned from a function borrow a local String.
fn handlers() -> Vec<Box<dyn Fn() -> usize>> {
    let greeting = String::from("hi");
    let mut v: Vec<Box<dyn Fn() -> usize>> = Vec::new();
    v.push(Box::new(|| greeting.len())); //~ ERROR E0373
    v
}

fn main() {
    for h in handlers() {
        println!("{}", h());
    }
}
