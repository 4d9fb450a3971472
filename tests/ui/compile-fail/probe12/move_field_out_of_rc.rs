//@ compile-fail
// Moving a `String` field out of an `Rc<Person>` (E0507).
use std::rc::Rc;
struct Person {
    name: String,
}
fn main() {
    let p = Rc::new(Person { name: String::from("a") });
    let n = p.name; //~ ERROR E0507
    println!("{n}");
}
