//@ compile-fail
// Calling `retain` on a vector while iterating over it.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    for x in v.iter() {
        if *x % 2 == 0 {
            v.retain(|y| y != x); //~ ERROR E0502
        }
    }
    println!("{:?}", v);
}
