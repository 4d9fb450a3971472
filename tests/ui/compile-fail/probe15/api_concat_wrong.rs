//@ compile-fail
// Vec<i32>::join with a &str separator on nested vectors (E0277).
fn main() {
    let v = vec![vec![1], vec![2]];
    let j: Vec<i32> = v.join(","); //~ ERROR E0277
    println!("{:?}", j);
}
