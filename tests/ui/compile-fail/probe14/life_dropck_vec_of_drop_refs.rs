//@ compile-fail
// A Vec of Drop holders borrowing a later local.
struct D<'a>(&'a i32);
impl Drop for D<'_> {
    fn drop(&mut self) { println!("{}", self.0); }
}
fn main() {
    let mut v = Vec::new();
    let x = 1;
    v.push(D(&x)); //~ ERROR E0597
}
