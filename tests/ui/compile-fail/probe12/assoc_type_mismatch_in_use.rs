//@ compile-fail
// `Self::Out` is `u16` for this impl: returning a `u32` is E0308.
trait Source {
    type Out;
    fn get(&self) -> Self::Out;
}
struct S;
impl Source for S {
    type Out = u16;
    fn get(&self) -> u16 {
        7
    }
}
fn main() {
    let x: u32 = S.get(); //~ ERROR E0308
    println!("{x}");
}
