//@ compile-fail
// Collecting into a type that cannot be built from an iterator.
fn main() {
    let v = vec![1, 2, 3];
    let total: i32 = v.iter().map(|x| x * 2).collect(); //~ ERROR E0277
    println!("{}", total);
}
