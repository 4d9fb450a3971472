//@ compile-fail
// A `&` pattern binding used to assign through.
fn main() {
    let v = vec![1, 2];
    for x in &v {
        *x += 1; //~ ERROR E0594
    }
}
