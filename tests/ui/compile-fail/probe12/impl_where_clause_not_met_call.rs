//@ compile-fail
// An `impl<T> Pair<T> where T: PartialOrd` method called on a `Pair` of a type without it.
struct Pair<T> {
    a: T,
    b: T,
}
impl<T> Pair<T>
where
    T: PartialOrd,
{
    fn max(&self) -> &T {
        if self.a > self.b { &self.a } else { &self.b }
    }
}
struct NoOrd;
fn main() {
    let p = Pair { a: NoOrd, b: NoOrd };
    let _ = p.max(); //~ ERROR E0599
}
