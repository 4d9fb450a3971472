//@ compile-fail
// `dyn Conv<In = u32>` leaves the second associated type `Out` unspecified.
trait Conv {
    type In;
    type Out;
    fn conv(&self, x: Self::In) -> Self::Out;
}
struct Dbl;
impl Conv for Dbl {
    type In = u32;
    type Out = u64;
    fn conv(&self, x: u32) -> u64 {
        x as u64 * 2
    }
}
fn main() {
    let c: &dyn Conv<In = u32> = &Dbl; //~ ERROR E0191
    let _ = c;
}
