//@ compile-fail
// Returning an iterator over a local Vec.
fn items() -> impl Iterator<Item = &'static i32> {
    let v = vec![1, 2];
    v.iter() //~ ERROR E0515
}
fn main() {
    println!("{}", items().count());
}
