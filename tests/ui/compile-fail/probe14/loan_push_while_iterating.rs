//@ compile-fail
// Pushing to a Vec inside `for x in &v`.
fn main() {
    let mut v = vec![1, 2];
    for x in &v {
        if *x == 1 {
            v.push(3); //~ ERROR E0502
        }
    }
}
