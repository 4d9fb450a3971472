//@ compile-fail
// `Vec<Box<dyn Source>>` where `Source` has an associated type.
trait Source {
    type Out;
    fn get(&self) -> Self::Out;
}
struct One;
impl Source for One {
    type Out = u32;
    fn get(&self) -> u32 {
        1
    }
}
fn main() {
    let v: Vec<Box<dyn Source>> = vec![Box::new(One)]; //~ ERROR E0191
    println!("{}", v.len());
}
