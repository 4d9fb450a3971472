//@ compile-fail
// `trait Dup: Clone` implemented for a struct that is not `Clone`.
trait Dup: Clone {
    fn dup(&self) -> (Self, Self) {
        (self.clone(), self.clone())
    }
}
struct S;
impl Dup for S {} //~ ERROR E0277
fn main() {}
