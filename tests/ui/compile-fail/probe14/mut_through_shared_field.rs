//@ compile-fail
// Assigning through a `&` field of a struct.
struct Wrap<'a> { r: &'a i32 }
fn main() {
    let x = 1;
    let w = Wrap { r: &x };
    *w.r = 2; //~ ERROR E0594
}
