//@ compile-fail
// Vec::contains given a value instead of a reference (E0308).
fn main() {
    let v = vec![1, 2];
    println!("{}", v.contains(2)); //~ ERROR E0308
}
