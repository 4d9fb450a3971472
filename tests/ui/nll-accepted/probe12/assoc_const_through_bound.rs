// `T::NAME` with `T: Named`, and a trait default constant.
trait Named {
    const NAME: &'static str;
    const LEN: usize = 1;
}
struct A;
impl Named for A {
    const NAME: &'static str = "A";
}
struct B;
impl Named for B {
    const NAME: &'static str = "Bee";
    const LEN: usize = 3;
}
fn name<T: Named>() -> String {
    format!("{}:{}", T::NAME, T::LEN)
}
fn main() {
    println!("{} {}", name::<A>(), name::<B>());
}
