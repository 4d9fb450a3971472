//@ compile-fail
// std's `Default` for arrays stops at 32 elements, and needs `T: Default` when the array is not empty.
struct NoDefault;
fn main() {
    let a: [u8; 33] = Default::default(); //~ ERROR E0277
    let b: [NoDefault; 1] = Default::default(); //~ ERROR E0277
    println!("{} {}", a.len(), b.len());
}
