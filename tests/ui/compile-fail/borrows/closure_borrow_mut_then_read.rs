//@ compile-fail
// A closure holding a mutable borrow is used after the variable is read.
fn main() {
    let mut total = 0;
    let mut add = |x: i32| total += x;
    add(1);
    println!("{}", total); //~ ERROR E0502
    add(2);
}
