//@ compile-fail
// A Vec is extended while it is being iterated.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        if *x == 2 {
            v.push(4); //~ ERROR E0502
        }
    }
}
