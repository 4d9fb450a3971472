//@ compile-fail
// An inherent impl on `u32` is E0390.
impl u32 { //~ ERROR E0390
    fn double(self) -> u32 {
        self * 2
    }
}
fn main() {}
