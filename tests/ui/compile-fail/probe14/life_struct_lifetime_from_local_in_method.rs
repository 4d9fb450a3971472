//@ compile-fail
// A method storing a local's borrow into `self`'s `&'a` field.
struct Holder<'a> { r: &'a str }
impl<'a> Holder<'a> {
    fn set(&mut self) {
        let s = String::from("x");
        self.r = &s; //~ ERROR E0597
    }
}
fn main() {
    let mut h = Holder { r: "a" };
    h.set();
    println!("{}", h.r);
}
