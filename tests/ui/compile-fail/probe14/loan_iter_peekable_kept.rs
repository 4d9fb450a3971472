//@ compile-fail
// A `peekable()` over `v.iter()` kept while clearing `v`.
fn main() {
    let mut v = vec![1, 2];
    let mut p = v.iter().peekable();
    v.clear(); //~ ERROR E0502
    println!("{:?}", p.peek());
}
