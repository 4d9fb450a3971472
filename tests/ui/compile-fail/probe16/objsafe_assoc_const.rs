//@ compile-fail
// A trait with an associated const is not dyn compatible (E0038).
trait Limit { const MAX: u32; fn get(&self) -> u32; }
struct S;
impl Limit for S { const MAX: u32 = 3; fn get(&self) -> u32 { Self::MAX } }
fn main() {
    let v: Vec<Box<dyn Limit>> = vec![Box::new(S)]; //~ ERROR E0038
    println!("{}", v.len());
}
