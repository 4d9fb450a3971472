//@ compile-fail
// Assigning through a reference from `iter()`.
fn main() {
    let mut v = vec![1, 2];
    for x in v.iter() {
        *x += 1; //~ ERROR E0594
    }
    println!("{:?}", v);
}
