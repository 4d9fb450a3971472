//@ compile-fail
// `trait Key: PartialEq` is not dyn compatible (`Self` as a type parameter of the supertrait).
trait Key: PartialEq {
    fn id(&self) -> u32;
}
#[derive(PartialEq)]
struct K;
impl Key for K {
    fn id(&self) -> u32 {
        1
    }
}
fn main() {
    let k: &dyn Key = &K; //~ ERROR E0038
    println!("{}", k.id());
}
