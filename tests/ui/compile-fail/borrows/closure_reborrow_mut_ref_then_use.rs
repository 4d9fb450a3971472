//@ compile-fail
// A closure pushing through `r: &mut Vec<i32>` holds a unique borrow of `*r` until its last call (E0501: heaplab says E0499).
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    let mut push = |x: i32| r.push(x);
    push(2);
    r.push(3); //~ ERROR E0501
    push(4);
    println!("{v:?}");
}
