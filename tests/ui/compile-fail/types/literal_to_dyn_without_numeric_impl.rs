//@ compile-fail
// A literal coerced to `&dyn Trait` where no numeric type implements the trait: E0277.
trait Named {
    fn name(&self) -> String;
}
impl Named for String {
    fn name(&self) -> String {
        self.clone()
    }
}
fn main() {
    let n: &dyn Named = &5; //~ ERROR E0277
    println!("{}", n.name());
}
