//@ compile-fail
// Pushing to a vector inside its own `iter_mut` loop.
fn main() {
    let mut v = vec![1, 2];
    for x in v.iter_mut() {
        *x += 1;
        v.push(*x); //~ ERROR E0499
    }
    println!("{:?}", v);
}
