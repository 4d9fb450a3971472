//@ compile-fail
// `Box<dyn Iterator>` without `Item = ...`.
fn numbers() -> Box<dyn Iterator> { //~ ERROR E0191
    Box::new(vec![1u32, 2].into_iter())
}
fn main() {
    let _ = numbers();
}
