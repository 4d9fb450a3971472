//@ compile-fail
// `sqrt` is a float method; the sum is an i32.
fn main() {
    let v = vec![3, 4];
    let norm = v.iter().map(|x| x * x).sum::<i32>().sqrt(); //~ ERROR E0599
    println!("{}", norm);
}
