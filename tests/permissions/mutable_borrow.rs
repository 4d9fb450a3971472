// A mutable borrow takes every permission from `v`; `*r` can be read and written.
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &mut v;
    r.push(4);
    *r = vec![0];
    println!("{:?}", v);
}
