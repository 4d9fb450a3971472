//@ compile-fail
// Assigning the vector while iterating over it.
fn main() {
    let mut v = vec![1, 2];
    for x in v.iter() {
        v = vec![*x]; //~ ERROR E0506
    }
    println!("{:?}", v);
}
