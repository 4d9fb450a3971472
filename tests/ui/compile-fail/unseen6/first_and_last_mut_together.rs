//@ compile-fail
// Two live mutable borrows of one Vec through first_mut and last_mut.
fn main() {
    let mut queue = vec![3, 1, 4, 1, 5];
    let first = queue.first_mut().unwrap();
    let last = queue.last_mut().unwrap(); //~ ERROR E0499
    std::mem::swap(first, last);
    println!("{:?}", queue);
}
