//@ compile-fail
// A foreign trait for a tuple of local types is still an orphan impl (E0117).
struct A;
impl Clone for (A, A) { //~ ERROR E0117
    fn clone(&self) -> Self { (A, A) }
}
fn main() {}
