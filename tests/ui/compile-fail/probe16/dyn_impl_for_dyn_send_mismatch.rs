//@ compile-fail
// `impl A for dyn B` does not cover `dyn B + Send` (E0599).
trait A { fn a(&self) -> u32; }
trait B { fn b(&self) -> u32; }
impl A for dyn B { fn a(&self) -> u32 { self.b() + 1 } }
struct S;
impl B for S { fn b(&self) -> u32 { 1 } }
fn main() {
    let s: Box<dyn B + Send> = Box::new(S);
    println!("{}", s.a()); //~ ERROR E0599
}
