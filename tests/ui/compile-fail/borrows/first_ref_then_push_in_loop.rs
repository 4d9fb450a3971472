//@ compile-fail
// A reference to the first element is still used after pushing in a loop.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    for i in 0..3 {
        v.push(i); //~ ERROR E0502
    }
    println!("{}", first);
}
