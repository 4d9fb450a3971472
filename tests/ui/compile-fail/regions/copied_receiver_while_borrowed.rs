//@ compile-fail
// The receiver is read before the closure is made, but a mutable borrow taken earlier still conflicts.
fn main() {
    let mut n = Some(1);
    let r = &mut n;
    let m = n.map(|x| x + 1); //~ ERROR E0503
    *r = None;
    println!("{:?} {:?}", m, n);
}
