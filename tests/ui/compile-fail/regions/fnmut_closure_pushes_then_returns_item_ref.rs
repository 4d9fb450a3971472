//@ compile-fail
// An FnMut closure pushing to a captured Vec then returning a reference into it: reborrowed through `&mut`.
fn main() {
    let mut v = vec![1];
    let mut push = || { v.push(2); &v[0] }; //~ ERROR captured variable cannot escape `FnMut` closure body
    println!("{}", push());
}
