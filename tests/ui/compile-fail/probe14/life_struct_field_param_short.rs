//@ compile-fail
// A method storing a parameter with its own lifetime into `self.r: &'a str`.
struct Holder<'a> { r: &'a str }
impl<'a> Holder<'a> {
    fn set(&mut self, s: &str) {
        self.r = s; //~ ERROR E0621
    }
}
fn main() {
    let mut h = Holder { r: "a" };
    h.set("b");
    println!("{}", h.r);
}
