//@ compile-fail
// Holding a reference into a vector across a loop that pushes into it.
fn main() {
    let mut v = vec![1];
    let first = &v[0];
    while v.len() < 3 {
        v.push(*first); //~ ERROR E0502
    }
    println!("{:?}", v);
}
