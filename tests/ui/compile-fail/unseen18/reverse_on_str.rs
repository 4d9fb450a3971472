//@ compile-fail
// Calling reverse() on a &str, which only slices have.
fn main() {
    let word = "stressed";
    let backwards = word.reverse(); //~ ERROR E0599
    println!("{}", backwards);
}
