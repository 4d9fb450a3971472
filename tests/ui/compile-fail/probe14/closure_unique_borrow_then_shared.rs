//@ compile-fail
// A closure pushing to `v` is alive while `&v` is taken.
fn main() {
    let mut v = vec![1];
    let mut c = || v.push(2);
    let r = &v; //~ ERROR E0502
    c();
    println!("{:?}", r);
}
