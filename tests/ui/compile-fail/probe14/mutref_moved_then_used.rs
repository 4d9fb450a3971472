//@ compile-fail
// A `&mut` moved into another binding, then used.
fn main() {
    let mut x = 1;
    let a = &mut x;
    let b = a;
    *a += 1; //~ ERROR E0382
    *b += 1;
}
