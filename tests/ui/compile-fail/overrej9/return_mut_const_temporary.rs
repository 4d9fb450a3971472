//@ compile-fail
// `&mut CONST` borrows a temporary copy: returning it from a function is E0515.
const START: [i32; 3] = [1, 2, 3];
fn start() -> &'static mut [i32; 3] {
    &mut START //~ ERROR E0515
}
fn main() {
    start()[0] = 1;
}
