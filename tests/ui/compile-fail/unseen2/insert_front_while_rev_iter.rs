//@ compile-fail
// Inserting at the front of a Vec while iterating over it in reverse.
fn main() {
    let mut v = vec![1, 5, 2, 8];
    for x in v.iter().rev() {
        if *x > 4 {
            v.insert(0, *x * 10); //~ ERROR E0502
        }
    }
    println!("{:?}", v);
}
