//@ compile-fail
// An impl of Iterator without `type Item` (E0046).
struct C(u32);
impl Iterator for C { //~ ERROR E0046
    fn next(&mut self) -> Option<u32> { None }
}
fn main() { println!("{:?}", C(0).next()); }
