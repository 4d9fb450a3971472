//@ compile-fail
// A `move` closure takes a Vec, then the Vec is used through a borrow.
fn main() {
    let v = vec![1, 2];
    let f = move || v.len();
    let r = &v; //~ ERROR E0382
    println!("{} {:?}", f(), r);
}
