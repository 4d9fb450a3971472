//@ compile-fail
// A guard sees its by-value binding through a borrow of the scrutinee: assigning the scrutinee before using `n` is E0506.
fn main() {
    let mut x = 5;
    match x {
        n if { x = 6; n > 3 } => println!("{}", n), //~ ERROR E0506
        _ => {}
    }
}
