//@ compile-fail
// `impl Iterator + 'a` cannot hold a borrow of the `'b` parameter.
fn f<'a, 'b>(_x: &'a [i32], y: &'b [i32]) -> impl Iterator<Item = &'a i32> + 'a {
    y.iter() //~ ERROR lifetime may not live long enough
}
fn main() {
    let a = [1];
    let b = [2];
    println!("{:?}", f(&a, &b).collect::<Vec<_>>());
}
