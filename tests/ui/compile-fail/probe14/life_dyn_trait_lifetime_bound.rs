//@ compile-fail
// `&'a dyn Trait` stored as `Box<dyn Trait>` requires 'static.
trait Named { fn name(&self) -> String; }
struct N(String);
impl Named for N { fn name(&self) -> String { self.0.clone() } }
fn boxed<'a>(n: &'a N) -> Box<dyn Named> {
    Box::new(n) //~ ERROR lifetime may not live long enough
}
impl Named for &N { fn name(&self) -> String { self.0.clone() } }
fn main() {
    let n = N("a".into());
    println!("{}", boxed(&n).name());
}
