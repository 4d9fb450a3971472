// A closure pushed as `Box<dyn Fn()>` into a vector assigns its capture: E0594.
//@ compile-fail
fn main() {
    let mut q = 0;
    let mut v: Vec<Box<dyn Fn()>> = Vec::new();
    v.push(Box::new(move || q += 1)); //~ ERROR E0594
    v[0]();
}
