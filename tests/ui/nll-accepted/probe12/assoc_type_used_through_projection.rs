// `T::Out` used as the return type of a generic function.
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
fn fetch<T: Source>(t: &T) -> T::Out {
    t.get()
}
fn main() {
    let x: u16 = fetch(&S);
    println!("{x}");
}
