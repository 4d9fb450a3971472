//@ compile-fail
// An associated constant of a type parameter used as an array length (generic parameters may not be used in const operations).
trait Sized3 {
    const N: usize;
}
fn make<T: Sized3>() -> [u8; T::N] { //~ ERROR generic parameters may not be used in const operations
    [0; T::N] //~ ERROR constant expression depends on a generic parameter
}
fn main() {}
