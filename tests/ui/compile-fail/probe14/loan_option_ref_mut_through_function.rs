//@ compile-fail
// An `Option<&mut i32>` from a function keeps the source borrowed.
fn first_mut(v: &mut Vec<i32>) -> Option<&mut i32> { v.first_mut() }
fn main() {
    let mut v = vec![1, 2];
    let f = first_mut(&mut v);
    v.push(3); //~ ERROR E0499
    if let Some(x) = f { *x += 1; }
}
