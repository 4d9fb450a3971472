//@ compile-fail
// `impl<T> Name for T` and `impl Name for &str` overlap.
trait Name {
    fn name(&self) -> String;
}
impl<T> Name for T {
    fn name(&self) -> String {
        String::from("t")
    }
}
impl Name for &str { //~ ERROR E0119
    fn name(&self) -> String {
        self.to_string()
    }
}
fn main() {}
