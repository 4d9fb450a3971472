// A supertrait's method called through a subtrait bound and a `dyn` of the subtrait.
trait Base {
    fn base(&self) -> u32;
}
trait Child: Base {
    fn child(&self) -> u32 {
        self.base() + 1
    }
}
struct S;
impl Base for S {
    fn base(&self) -> u32 {
        10
    }
}
impl Child for S {}
fn f<T: Child>(x: &T) -> u32 {
    x.base() + x.child()
}
fn main() {
    let d: &dyn Child = &S;
    println!("{} {}", f(&S), d.base());
}
