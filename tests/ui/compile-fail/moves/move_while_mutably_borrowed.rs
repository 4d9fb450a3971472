//@ compile-fail
// Moving a Vec while a mutable borrow of it is used later: no clone is proposed for `&mut`.
fn main() {
    let mut v = vec![1, 2];
    let r = &mut v;
    let w = v; //~ ERROR E0505
    r.push(3);
    println!("{:?}", w);
}
