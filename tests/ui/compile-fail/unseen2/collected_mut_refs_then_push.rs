//@ compile-fail
// Mutable references collected from `iter_mut` keep the vector borrowed.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut refs: Vec<&mut i32> = v.iter_mut().collect();
    v.push(4); //~ ERROR E0499
    *refs[0] += 1;
}
