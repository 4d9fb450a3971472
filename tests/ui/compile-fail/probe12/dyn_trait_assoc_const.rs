//@ compile-fail
// A trait with an associated constant is not dyn compatible.
trait Limit {
    const MAX: u32;
    fn get(&self) -> u32;
}
struct S;
impl Limit for S {
    const MAX: u32 = 3;
    fn get(&self) -> u32 {
        Self::MAX
    }
}
fn main() {
    let l: &dyn Limit = &S; //~ ERROR E0038
    println!("{}", l.get());
}
