//@ compile-fail
// The rest binding of a slice pattern borrows the slice's tail: pushing to the vector while it is alive is refused.
fn main() {
    let mut v = vec![1, 2, 3];
    if let [_, rest @ ..] = v.as_slice() {
        v.push(4); //~ ERROR E0502
        println!("{rest:?}");
    }
}
