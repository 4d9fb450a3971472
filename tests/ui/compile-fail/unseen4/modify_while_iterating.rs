//@ compile-fail
// Pushing into a Vec while iterating over it with a for loop.
fn main() {
    let mut numbers = vec![1, 2, 3];
    for n in &numbers {
        if n % 2 == 1 {
            numbers.push(n * 10); //~ ERROR E0502
        }
    }
    println!("{:?}", numbers);
}
