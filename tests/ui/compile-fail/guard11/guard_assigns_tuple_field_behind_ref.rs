//@ compile-fail
// The binding borrows `r.0`: assigning it in the guard before `x` is used is E0506.
fn main() {
    let mut t = (Some(1), 2);
    let r = &mut t;
    match r.0 {
        Some(x) if { r.0 = None; x > 0 } => println!("{}", x), //~ ERROR E0506
        _ => {}
    }
    println!("{}", t.1);
}
