//@ compile-fail
// `a == b` on a type parameter without `PartialEq`.
fn same<T>(a: &T, b: &T) -> bool {
    a == b //~ ERROR E0369
}
fn main() {
    println!("{}", same(&1, &1));
}
