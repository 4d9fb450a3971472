//@ compile-fail
// A Box is dereferenced for writing while it was not declared mut.
fn main() {
    let counter = Box::new(0);
    *counter += 1; //~ ERROR E0594
    println!("{}", counter);
}
