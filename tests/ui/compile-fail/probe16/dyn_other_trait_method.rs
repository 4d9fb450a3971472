//@ compile-fail
// A method of another trait the concrete type implements, called on dyn Trait (E0599).
trait A { fn a(&self) -> u32; }
trait B { fn b(&self) -> u32; }
struct S;
impl A for S { fn a(&self) -> u32 { 1 } }
impl B for S { fn b(&self) -> u32 { 2 } }
fn main() {
    let x: &dyn A = &S;
    println!("{}", x.b()); //~ ERROR E0599
}
