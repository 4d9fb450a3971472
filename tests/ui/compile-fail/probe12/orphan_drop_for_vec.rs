//@ compile-fail
// `impl Drop for Vec<u32>` is not allowed: the type is foreign.
impl Drop for Vec<u32> { //~ ERROR E0117
//~^ ERROR E0120
    fn drop(&mut self) {}
}
fn main() {}
