//@ compile-fail
// Vec::pop's Option<i32> added to an i32 (E0369).
fn main() {
    let mut v = vec![1];
    let n = v.pop() + 1; //~ ERROR E0369
    println!("{}", n);
}
