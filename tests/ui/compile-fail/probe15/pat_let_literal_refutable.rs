//@ compile-fail
// A literal pattern in a let (E0005).
fn main() {
    let n = 3;
    let 3 = n; //~ ERROR E0005
}
