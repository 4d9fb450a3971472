// Cloning out of an Rc, matching on a reference to its content, and as_ref on an Option inside it.
use std::rc::Rc;
enum E { A(String), B }
fn main() {
    let r = Rc::new(String::from("a"));
    let s: String = (*r).clone();
    let e = Rc::new(E::A(String::from("x")));
    let n = match &*e { E::A(s) => s.len(), E::B => 0 };
    let o = Rc::new(Some(String::from("y")));
    let l = o.as_ref().as_ref().map(|s| s.len()).unwrap_or(0);
    println!("{} {} {}", s, n, l);
}
