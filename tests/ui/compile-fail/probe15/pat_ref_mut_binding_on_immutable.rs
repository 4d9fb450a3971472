//@ compile-fail
// `ref mut` binding on an immutable local (E0596).
fn main() {
    let t = (1, 2);
    let (ref mut a, _) = t; //~ ERROR E0596
    *a += 1;
    println!("{:?}", t);
}
