//@ compile-fail
// Cloning an impl Trait value whose bound does not include Clone (E0599).
fn make() -> impl Iterator<Item = u32> { vec![1, 2].into_iter() }
fn main() {
    let it = make();
    let again = it.clone(); //~ ERROR E0599
    println!("{}", again.count());
}
