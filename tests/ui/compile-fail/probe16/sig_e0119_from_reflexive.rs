//@ compile-fail
// impl From<W> for W overlaps core's reflexive impl (E0119).
struct W(u32);
impl From<W> for W { fn from(w: W) -> W { w } } //~ ERROR E0119
fn main() {}
