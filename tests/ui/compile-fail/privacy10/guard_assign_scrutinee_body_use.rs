//@ compile-fail
// The binding's borrow of the scrutinee lasts to its use in the arm's body.
fn main() {
    let mut v = (1, 2);
    match v {
        (a, b) if { v = (0, 0); b > 0 } => println!("{}", a), //~ ERROR E0506
        _ => {}
    }
}
