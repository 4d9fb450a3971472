//@ compile-fail
// `first_mut` and `last_mut` both borrow the whole vector mutably.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = v.first_mut().unwrap();
    let last = v.last_mut().unwrap(); //~ ERROR E0499
    std::mem::swap(first, last);
    println!("{:?}", v);
}
