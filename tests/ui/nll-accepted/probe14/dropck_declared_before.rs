// A Drop holder declared after its referent.
struct Printer<'a> { r: &'a String }
impl Drop for Printer<'_> {
    fn drop(&mut self) { println!("{}", self.r); }
}
fn main() {
    let s = String::from("s");
    let _p = Printer { r: &s };
}
