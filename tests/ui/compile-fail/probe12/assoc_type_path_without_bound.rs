//@ compile-fail
// `<T as Source>::Out` where `T` is not bound by `Source`.
trait Source {
    type Out;
}
impl Source for u8 {
    type Out = u16;
}
fn get<T>(_x: T) -> Option<<T as Source>::Out> { //~ ERROR E0277
//~^ ERROR E0277
    None
}
fn main() {
    let _ = get(1u8);
}
