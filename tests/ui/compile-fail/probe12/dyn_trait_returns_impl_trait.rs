//@ compile-fail
// A trait method returning `impl Trait` is not dyn compatible.
trait Numbers {
    fn all(&self) -> impl Iterator<Item = u32>;
}
struct N;
impl Numbers for N {
    fn all(&self) -> impl Iterator<Item = u32> {
        0..3
    }
}
fn main() {
    let n: &dyn Numbers = &N; //~ ERROR E0038
    let _ = n;
}
