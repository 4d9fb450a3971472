//@ compile-fail
// `last_mut` result kept across `push`.
fn main() {
    let mut v = vec![1];
    let last = v.last_mut().unwrap();
    v.push(2); //~ ERROR E0499
    *last = 3;
}
