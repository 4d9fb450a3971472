//@ compile-fail
// A trait method returning impl Trait is not dyn compatible (E0038).
trait Nums { fn nums(&self) -> impl Iterator<Item = u32>; }
struct S;
impl Nums for S { fn nums(&self) -> impl Iterator<Item = u32> { 0..3 } }
fn main() {
    let n: &dyn Nums = &S; //~ ERROR E0038
    let _ = n;
}
