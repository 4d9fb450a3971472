//@ compile-fail
// The trait method takes `&self`, the impl's has none (E0186).
trait Count {
    fn count(&self) -> u32;
}
struct S;
impl Count for S {
    fn count() -> u32 { //~ ERROR E0186
        0
    }
}
fn main() {}
