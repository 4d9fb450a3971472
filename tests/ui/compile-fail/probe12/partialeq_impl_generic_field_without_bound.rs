//@ compile-fail
// `impl<T> PartialEq for W<T>` compares `self.0 == other.0` without `T: PartialEq`.
struct W<T>(T);
impl<T> PartialEq for W<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0 //~ ERROR E0369
    }
}
fn main() {
    println!("{}", W(1) == W(1));
}
