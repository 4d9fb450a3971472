//@ compile-fail
// A closure borrowing a local pushed into a Vec<Box<dyn Fn()>> that outlives it.
fn main() {
    let mut actions: Vec<Box<dyn Fn()>> = Vec::new();
    {
        let name = String::from("task");
        actions.push(Box::new(|| println!("{}", name))); //~ ERROR E0597
    }
    for a in &actions {
        a();
    }
}
