//@ compile-fail
// `Box<dyn Clone>`: `Clone` is not dyn compatible.
fn main() {
    let b: Box<dyn Clone> = Box::new(1); //~ ERROR E0038
    let _ = b;
}
