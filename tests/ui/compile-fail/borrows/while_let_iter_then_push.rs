//@ compile-fail
// Pushing to a vector while a live iterator over it is still advanced.
fn main() {
    let mut q = vec![1, 2, 3];
    let mut it = q.iter();
    while let Some(x) = it.next() {
        if *x == 2 {
            q.push(4); //~ ERROR E0502
        }
    }
    println!("{:?}", q);
}
