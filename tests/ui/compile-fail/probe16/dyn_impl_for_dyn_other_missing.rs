//@ compile-fail
// `impl A for dyn B`: calling A's method on a concrete type that only implements B (E0599).
trait A { fn a(&self) -> u32; }
trait B { fn b(&self) -> u32; }
impl A for dyn B { fn a(&self) -> u32 { self.b() + 1 } }
struct S;
impl B for S { fn b(&self) -> u32 { 1 } }
fn main() {
    let s = S;
    println!("{}", s.a()); //~ ERROR E0599
}
