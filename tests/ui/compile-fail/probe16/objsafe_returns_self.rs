//@ compile-fail
// A trait method returning Self makes the trait not dyn compatible (E0038).
trait Dup { fn dup(&self) -> Self; }
#[derive(Clone)]
struct S;
impl Dup for S { fn dup(&self) -> Self { S } }
fn main() {
    let b: Box<dyn Dup> = Box::new(S); //~ ERROR E0038
    let _ = b;
}
