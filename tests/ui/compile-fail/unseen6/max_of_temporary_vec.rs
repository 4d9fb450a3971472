//@ compile-fail
// Keeping a reference into a temporary `vec![]` that is dropped at the end of the statement.
fn main() {
    let biggest = vec![3, 9, 2].iter().max().unwrap(); //~ ERROR E0716
    println!("{}", biggest);
}
