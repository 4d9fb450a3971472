//@ compile-fail
// A closure holding a mutable borrow is called after the variable is read.
fn main() {
    let mut log = Vec::new();
    let mut add = |x: i32| log.push(x);
    add(1);
    println!("{}", log.len()); //~ ERROR E0502
    add(2);
}
