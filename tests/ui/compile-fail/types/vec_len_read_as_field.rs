//@ compile-fail
// `v.len` on a Vec names std's private field `len` (E0616), not the method (E0615 on a String).
fn main() {
    let v = vec![1, 2, 3];
    let n = v.len; //~ ERROR E0616
    println!("{}", n);
}
