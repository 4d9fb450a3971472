//@ compile-fail
// A Drop type holding `&'a` declared before its referent: drop check.
struct Printer<'a> { r: &'a String }
impl Drop for Printer<'_> {
    fn drop(&mut self) { println!("{}", self.r); }
}
fn main() {
    let p;
    let s = String::from("s");
    p = Printer { r: &s }; //~ ERROR E0597
}
