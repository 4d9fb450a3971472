//@ compile-fail
// `v.push(*last)` is fine only if `last` is not used after the push.
fn main() {
    let mut v = vec![1, 2];
    let last = v.last().unwrap();
    v.push(*last); //~ ERROR E0502
    println!("{}", last);
}
