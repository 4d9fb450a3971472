//@ compile-fail
// A two-argument closure given to map (E0593).
fn main() {
    let v = vec![1, 2];
    let w: Vec<i32> = v.iter().map(|a, b| a + b).collect(); //~ ERROR E0593
    println!("{:?}", w);
}
