//@ compile-fail
// `const A: [u32; 2] = [1, 2, 3];` has the wrong length.
const A: [u32; 2] = [1, 2, 3]; //~ ERROR E0308
fn main() {
    println!("{}", A[0]);
}
