//@ compile-fail
// The impl method takes two parameters where the trait's takes one (E0050).
trait Scale {
    fn scale(&mut self, by: u32);
}
struct S(u32);
impl Scale for S {
    fn scale(&mut self, by: u32, extra: u32) { //~ ERROR E0050
        self.0 *= by + extra;
    }
}
fn main() {}
