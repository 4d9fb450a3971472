//@ compile-fail
// Assigning an element of a non-`mut` array.
fn main() {
    let a = [1, 2];
    a[0] = 3; //~ ERROR E0594
    println!("{:?}", a);
}
