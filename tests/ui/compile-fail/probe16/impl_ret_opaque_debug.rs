//@ compile-fail
// Printing an impl Trait value with {:?} when Debug is not in its bounds (E0277).
fn make() -> impl Iterator<Item = u32> { vec![1, 2].into_iter() }
fn main() {
    let it = make();
    println!("{:?}", it); //~ ERROR E0277
}
