//@ compile-fail
// Removing elements of a Vec inside a for loop over a borrow of it (E0502)
fn main() {
    let mut queue = vec![3, 8, 1, 9];
    for (i, x) in queue.iter().enumerate() {
        if *x > 5 {
            queue.remove(i); //~ ERROR E0502
        }
    }
    println!("{:?}", queue);
}
