//@ compile-fail
// `fn f<'a, T>(x: &'a T) -> &'static T` returning `x`.
fn f<'a, T>(x: &'a T) -> &'static T {
    x //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", f(&1));
}
