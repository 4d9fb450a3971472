//@ compile-fail
// Chaining a second parameter whose lifetime is not `'a` into an `impl Iterator<Item = &'a T>`.
fn with_extra<'a, T>(v: &'a [T], extra: &T) -> impl Iterator<Item = &'a T> {
    v.iter().chain(std::iter::once(extra)) //~ ERROR E0621
}
fn main() {
    let v = vec![1, 2];
    let e = 3;
    let n = with_extra(&v, &e).count();
    println!("{n}");
}
