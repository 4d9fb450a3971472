//@ compile-fail
// an FnMut closure returning a reborrow of what it captured mutably: calling it again while the first result lives
fn main() {
    let mut v = vec![1, 2];
    let mut last = || v.last_mut(); //~ ERROR captured variable cannot escape `FnMut` closure body
    let a = last();
    let b = last();
    println!("{:?} {:?}", a, b);
}
