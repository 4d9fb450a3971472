//@ compile-fail
// Writing through the `&mut` the scrutinee is read from, before the binding's last use in the guard.
fn main() {
    let mut o = Some(3);
    let r = &mut o;
    match *r {
        Some(n) if { *r = None; n > 1 } => println!("{}", n), //~ ERROR E0506
        _ => {}
    }
}
