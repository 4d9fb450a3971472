//@ compile-fail
// The guard reads `x` through a borrow of `v`: assigning `v` in the guard, then using `x`, conflicts.
fn main() {
    let mut v = Some(1);
    match v {
        Some(x) if { v = None; x > 0 } => println!("{}", x), //~ ERROR E0506
        _ => {}
    }
}
