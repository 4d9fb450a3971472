//@ compile-fail
// A map closure over pairs takes two parameters instead of one tuple.
fn main() {
    let pairs = vec![(1, 2), (3, 4)];
    let sums: Vec<i32> = pairs.iter().map(|a, b| a + b).collect(); //~ ERROR E0593
    println!("{:?}", sums);
}
