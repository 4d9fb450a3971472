//@ compile-fail
// The trait method returns `String`, the impl's `&str` (E0053).
trait Name {
    fn name(&self) -> String;
}
struct S;
impl Name for S {
    fn name(&self) -> &str { //~ ERROR E0053
        "s"
    }
}
fn main() {}
