//@ compile-fail
// A `&` pattern against a non-reference value (E0308).
fn main() {
    let n = 5;
    let &m = n; //~ ERROR E0308
    println!("{}", m);
}
