//@ compile-fail
// Calling an FnMut closure stored in a non-`mut` binding.
fn main() {
    let mut v = Vec::new();
    let push = |x: i32| v.push(x);
    push(1); //~ ERROR E0596
    println!("{:?}", v);
}
