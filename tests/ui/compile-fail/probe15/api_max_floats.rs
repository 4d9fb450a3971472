//@ compile-fail
// Iterator::max over f64 items (E0277).
fn main() {
    let v = vec![2.0, 1.0];
    let m = v.iter().max(); //~ ERROR E0277
    println!("{:?}", m);
}
