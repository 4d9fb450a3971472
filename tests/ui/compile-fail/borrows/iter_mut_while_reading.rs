//@ compile-fail
// Reading a vector while an iterator over it mutably borrows it.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x += v.len() as i32; //~ ERROR E0502
    }
    println!("{:?}", v);
}
