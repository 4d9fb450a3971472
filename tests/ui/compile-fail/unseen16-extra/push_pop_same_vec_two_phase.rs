//@ compile-fail
// Moving the top of a stack to itself with `stack.push(stack.pop().unwrap())`.
fn main() {
    let mut stack = vec![1, 2, 3];
    stack.push(stack.pop().unwrap()); //~ ERROR E0499
    println!("{:?}", stack);
}
