//@ compile-fail
// Iterator::next returning Option<&u32> when Item = u32 (E0053).
struct C(u32);
impl Iterator for C {
    type Item = u32;
    fn next(&mut self) -> Option<&u32> { None } //~ ERROR E0053
}
fn main() {}
