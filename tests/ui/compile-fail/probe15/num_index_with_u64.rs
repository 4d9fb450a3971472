//@ compile-fail
// Indexing an array with a u64 (E0277).
fn main() {
    let a = [1, 2, 3];
    let i: u64 = 0;
    println!("{}", a[i]); //~ ERROR E0277
}
