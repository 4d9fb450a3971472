//@ compile-fail
// A method called on a `let` binding whose type nothing decides: rustc points at the binding.
fn main() {
    let settings = Default::default(); //~ ERROR E0282
    println!("{}", settings.len());
}
