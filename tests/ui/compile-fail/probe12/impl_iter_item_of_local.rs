//@ compile-fail
// An `impl Iterator<Item = &'a u32>` over a vector local to the function.
fn make<'a>() -> impl Iterator<Item = &'a u32> {
    let v = vec![1, 2, 3];
    v.iter() //~ ERROR E0515
}
fn main() {
    for x in make() {
        println!("{x}");
    }
}
