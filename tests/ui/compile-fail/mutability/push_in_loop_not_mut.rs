//@ compile-fail
// Pushing into a vector bound without `mut`.
fn main() {
    let v = Vec::new();
    for i in 0..3 {
        v.push(i); //~ ERROR E0596
    }
    println!("{:?}", v);
}
