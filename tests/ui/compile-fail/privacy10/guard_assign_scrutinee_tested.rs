//@ compile-fail
// A pattern that tests the scrutinee keeps it immutable during the guard, even without bindings.
fn main() {
    let mut v = Some(1);
    match v {
        Some(_) if { v = None; true } => println!("a"), //~ ERROR E0510
        _ => {}
    }
    println!("{:?}", v);
}
