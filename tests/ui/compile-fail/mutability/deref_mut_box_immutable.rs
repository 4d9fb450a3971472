//@ compile-fail
// Assigning through a Box bound immutably.
fn main() {
    let b = Box::new(5);
    *b = 6; //~ ERROR E0594
    println!("{}", b);
}
