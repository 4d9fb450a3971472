//@ compile-fail
// A literal passed where `T: Named` is required and no numeric type implements `Named`: E0277 on `{integer}`.
trait Named {
    fn name(&self) -> String;
}
impl Named for String {
    fn name(&self) -> String {
        self.clone()
    }
}
fn need<T: Named>(t: &T) -> String {
    t.name()
}
fn main() {
    println!("{}", need(&5)); //~ ERROR E0277
}
