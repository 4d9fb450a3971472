//@ compile-fail
// A trait with a Sized supertrait is not dyn compatible (E0038).
trait Thing: Sized { fn id(&self) -> u32; }
struct S;
impl Thing for S { fn id(&self) -> u32 { 1 } }
fn show(t: &dyn Thing) -> u32 { t.id() } //~ ERROR E0038
fn main() {
    println!("{}", show(&S)); //~ ERROR E0038
}
