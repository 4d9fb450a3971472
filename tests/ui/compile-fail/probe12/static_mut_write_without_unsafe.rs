//@ compile-fail
// Writing a `static mut` outside `unsafe` is E0133.
static mut COUNT: u32 = 0;
fn main() {
    COUNT += 1; //~ ERROR E0133
}
