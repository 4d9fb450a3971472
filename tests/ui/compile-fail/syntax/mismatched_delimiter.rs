//@ compile-fail
// A parenthesis closed by a bracket.
fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", v]; //~ ERROR mismatched closing delimiter
}
