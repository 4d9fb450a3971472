//@ compile-fail
// Reading the vector's length while a `&mut` to its last element is live.
fn main() {
    let mut stack = vec![1, 2];
    let top = stack.last_mut().unwrap();
    *top += stack.len() as i32; //~ ERROR E0502
    println!("{:?}", stack);
}
