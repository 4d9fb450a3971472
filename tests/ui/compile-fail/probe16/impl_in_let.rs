//@ compile-fail
// impl Trait in a let binding's type (E0562).
fn main() {
    let it: impl Iterator<Item = u32> = vec![1, 2].into_iter(); //~ ERROR E0562
    println!("{}", it.count());
}
