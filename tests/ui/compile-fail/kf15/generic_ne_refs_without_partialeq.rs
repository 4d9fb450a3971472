//@ compile-fail
// `a != b` on references to a type parameter without `PartialEq` (E0369, not E0277).
fn differ<T>(a: &T, b: &T) -> bool {
    a != b //~ ERROR E0369
}
fn main() {
    println!("{}", differ(&1, &2));
}
