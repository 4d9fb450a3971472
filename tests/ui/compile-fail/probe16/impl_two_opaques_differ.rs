//@ compile-fail
// Two calls of different impl Trait functions do not have the same type (E0308).
fn a() -> impl Copy { 1u8 }
fn b() -> impl Copy { 1u8 }
fn main() {
    let mut x = a();
    x = b(); //~ ERROR E0308
    let _ = x;
}
