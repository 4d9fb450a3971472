//@ compile-fail
// `trait Unit: Sized` is not dyn compatible.
trait Unit: Sized {
    fn id(&self) -> u32;
}
struct U;
impl Unit for U {
    fn id(&self) -> u32 {
        1
    }
}
fn main() {
    let u: &dyn Unit = &U; //~ ERROR E0038
    println!("{}", u.id());
}
