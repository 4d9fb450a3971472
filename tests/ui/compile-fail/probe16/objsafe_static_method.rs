//@ compile-fail
// A method without a receiver and without `where Self: Sized` (E0038).
trait Make { fn make() -> u32; fn go(&self) {} }
struct S;
impl Make for S { fn make() -> u32 { 1 } }
fn main() {
    let m: &dyn Make = &S; //~ ERROR E0038
    m.go();
}
