//@ compile-fail
// Moving a field out of an Rc'd struct (E0507).
use std::rc::Rc;
struct P { name: String }
fn main() {
    let r = Rc::new(P { name: String::from("a") });
    let n = r.name; //~ ERROR E0507
    println!("{}", n);
}
