//@ compile-fail
// dyn Iterator without naming Item (E0191).
fn main() {
    let v = vec![1, 2];
    let it: Box<dyn Iterator> = Box::new(v.into_iter()); //~ ERROR E0191
    let _ = it;
}
