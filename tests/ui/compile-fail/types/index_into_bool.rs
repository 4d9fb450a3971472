//@ compile-fail
// Indexing a bool.
fn main() {
    let flag = true;
    let b = flag[0]; //~ ERROR E0608
    println!("{}", b);
}
