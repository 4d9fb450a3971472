//@ compile-fail
// A trait with a generic method is not dyn compatible (E0038).
trait Store { fn put<T>(&self, t: T); }
struct S;
impl Store for S { fn put<T>(&self, _t: T) {} }
fn main() {
    let s: &dyn Store = &S; //~ ERROR E0038
    let _ = s;
}
