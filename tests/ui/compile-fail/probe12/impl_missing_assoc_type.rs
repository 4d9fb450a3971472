//@ compile-fail
// An impl leaves out the trait's associated type.
trait Source {
    type Out;
    fn get(&self) -> u32;
}
struct S;
impl Source for S { //~ ERROR E0046
    fn get(&self) -> u32 {
        1
    }
}
fn main() {
    println!("{}", S.get());
}
