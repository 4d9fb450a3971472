//@ compile-fail
// `a` is declared after `d`: the unwinding path of `d = D(&b)` drops `a` while `d` still holds `&a`.
struct D<'a>(&'a String);
impl<'a> Drop for D<'a> {
    fn drop(&mut self) {}
}
fn main() {
    let b = String::from("b");
    let mut d = D(&b);
    let a = String::from("a");
    d = D(&a); //~ ERROR E0597
    d = D(&b);
    drop(a);
    println!("{}", d.0);
}
