//@ compile-fail
// Boxed as `dyn FnMut(&str)`, the closure's parameter has a lifetime of its own.
fn main() {
    let mut keep: Vec<&str> = Vec::new();
    let mut f: Box<dyn FnMut(&str) + '_> = Box::new(|s| keep.push(s)); //~ ERROR E0521
    f("a");
}
