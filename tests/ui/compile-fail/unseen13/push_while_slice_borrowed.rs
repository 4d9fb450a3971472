//@ compile-fail
// A reference to the first element is kept while the Vec may reallocate.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4); //~ ERROR E0502
    println!("{}", first);
}
