//@ compile-fail
// An impl Trait result assigned to its concrete type (E0308).
fn make() -> impl Iterator<Item = u32> { vec![1, 2].into_iter() }
fn main() {
    let it: std::vec::IntoIter<u32> = make(); //~ ERROR E0308
    println!("{}", it.count());
}
