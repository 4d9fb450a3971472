//@ compile-fail
// `T::NAME` without a bound on a trait declaring `NAME`.
trait Named {
    const NAME: &'static str;
}
struct A;
impl Named for A {
    const NAME: &'static str = "A";
}
fn name<T>() -> &'static str {
    T::NAME //~ ERROR E0599
}
fn main() {
    println!("{}", name::<A>());
}
