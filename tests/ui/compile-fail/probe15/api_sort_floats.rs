//@ compile-fail
// sort() on a Vec<f64> (E0277: f64 is not Ord).
fn main() {
    let mut v = vec![2.0, 1.0];
    v.sort(); //~ ERROR E0277
    println!("{:?}", v);
}
