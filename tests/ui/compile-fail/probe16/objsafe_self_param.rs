//@ compile-fail
// A method taking Self by value as an argument (other: Self) is not dyn compatible (E0038).
trait Merge { fn merge(&self, other: Self) -> u32; }
struct S(u32);
impl Merge for S { fn merge(&self, other: Self) -> u32 { self.0 + other.0 } }
fn main() {
    let m: &dyn Merge = &S(1); //~ ERROR E0038
    let _ = m;
}
