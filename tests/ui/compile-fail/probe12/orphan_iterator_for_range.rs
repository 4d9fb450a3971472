//@ compile-fail
// `impl Iterator for std::ops::Range<u8>`: both foreign.
struct Dummy;
impl Iterator for std::ops::Range<Dummy> { //~ ERROR E0117
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        None
    }
}
fn main() {}
