//@ compile-fail
// A callback stored in an outer Vec borrows a String from an inner block.
fn main() {
    let mut callbacks: Vec<Box<dyn Fn() -> usize>> = Vec::new();
    {
        let name = String::from("ann");
        callbacks.push(Box::new(|| name.len())); //~ ERROR E0597
    }
    for c in &callbacks {
        println!("{}", c());
    }
}
