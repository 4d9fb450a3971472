//@ compile-fail
// Box<dyn Iterator<Item = u8>> given an iterator of i32 (E0271).
fn main() {
    let v: Vec<i32> = vec![1, 2];
    let it: Box<dyn Iterator<Item = u8>> = Box::new(v.into_iter()); //~ ERROR E0271
    let _ = it;
}
