//@ compile-fail
// Indexing a type parameter without `Index`.
fn first<T>(c: &T) -> u32 {
    c[0] //~ ERROR E0608
}
fn main() {
    println!("{}", first(&vec![1u32]));
}
