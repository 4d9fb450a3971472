//@ compile-fail
// `Self::Item` in a trait that declares no associated type `Item`.
trait Producer {
    fn produce(&self) -> Self::Item; //~ ERROR E0220
}
fn main() {}
