//@ compile-fail
// The first element is read through v.as_ptr() without an unsafe block.
fn main() {
    let v = vec![10, 20, 30];
    let p = v.as_ptr();
    let first = *p; //~ ERROR E0133
    println!("{}", first);
}
