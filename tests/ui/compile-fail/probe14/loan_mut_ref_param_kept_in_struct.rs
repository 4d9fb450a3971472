//@ compile-fail
// A `&mut` stored in a struct keeps the source borrowed.
struct Cursor<'a> { v: &'a mut Vec<i32> }
fn main() {
    let mut v = vec![1];
    let c = Cursor { v: &mut v };
    println!("{}", v.len()); //~ ERROR E0502
    c.v.push(2);
}
