//@ compile-fail
// Two simultaneous mutable borrows of the same Vec through two variables.
fn main() {
    let mut queue = vec![1, 2, 3];
    let front = &mut queue;
    let back = &mut queue; //~ ERROR E0499
    front.push(4);
    back.push(5);
    println!("{:?}", queue);
}
