//@ compile-fail
// A recursive impl Trait function returning itself without boxing (E0308).
fn nest(n: u32) -> impl std::fmt::Debug {
    if n == 0 { return Some(1) }
    Some(nest(n - 1)) //~ ERROR E0308
}
fn main() { println!("{:?}", nest(2)); }
