//@ compile-fail
// The impl method declares a lifetime parameter where the trait's has none (E0195).
trait Pick {
    fn pick(&self, a: &str) -> usize;
}
struct S;
impl Pick for S {
    fn pick<'a>(&self, a: &'a str) -> usize where 'a: 'a { //~ ERROR E0195
        a.len()
    }
}
fn main() {}
