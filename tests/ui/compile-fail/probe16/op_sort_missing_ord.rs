//@ compile-fail
// sort on a Vec of a type without Ord (E0277).
#[derive(PartialEq, PartialOrd, Debug)]
struct P(i32);
fn main() {
    let mut v = vec![P(2), P(1)];
    v.sort(); //~ ERROR E0277
    println!("{:?}", v);
}
