//@ compile-fail
// `v.drain(..)` while a reference into `v` is alive.
fn main() {
    let mut v = vec![1, 2];
    let r = &v[0];
    let d: Vec<i32> = v.drain(..).collect(); //~ ERROR E0502
    println!("{} {:?}", r, d);
}
