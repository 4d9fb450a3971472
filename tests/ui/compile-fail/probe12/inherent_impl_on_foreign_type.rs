//@ compile-fail
// An inherent impl on `Vec<u32>` is E0116.
impl Vec<u32> { //~ ERROR E0116
    fn total(&self) -> u32 {
        self.iter().sum()
    }
}
fn main() {}
