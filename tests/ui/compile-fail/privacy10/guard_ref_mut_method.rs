//@ compile-fail
// A `&mut self` method called on a `ref mut` binding inside its guard borrows it mutably: refused.
fn main() {
    let mut v = Some(vec![1]);
    match v {
        Some(ref mut x) if { x.push(2); x.len() > 1 } => println!("{:?}", x), //~ ERROR E0596
        _ => {}
    }
}
