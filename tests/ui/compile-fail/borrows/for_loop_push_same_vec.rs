//@ compile-fail
// Pushing into a vector while iterating over it.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        if *x > 1 {
            v.push(*x); //~ ERROR E0502
        }
    }
    println!("{:?}", v);
}
