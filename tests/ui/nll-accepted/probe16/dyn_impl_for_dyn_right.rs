// `impl A for dyn B` used on a dyn B value, and a clone_box path for Box<dyn Trait>.
trait A { fn a(&self) -> u32; }
trait B { fn b(&self) -> u32; fn clone_box(&self) -> Box<dyn B>; }
impl A for dyn B { fn a(&self) -> u32 { self.b() + 1 } }
#[derive(Clone)]
struct S;
impl B for S { fn b(&self) -> u32 { 1 } fn clone_box(&self) -> Box<dyn B> { Box::new(self.clone()) } }
impl Clone for Box<dyn B> { fn clone(&self) -> Self { self.clone_box() } }
fn main() {
    let s: Box<dyn B> = Box::new(S);
    let t = s.clone();
    println!("{} {}", s.a(), t.b());
}
