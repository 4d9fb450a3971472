//@ compile-fail
// `self.name.unwrap()` on `&self` with an `Option<String>` field.
struct User { name: Option<String> }
impl User {
    fn name(&self) -> String {
        self.name.unwrap() //~ ERROR E0507
    }
}
fn main() {
    let u = User { name: Some("a".into()) };
    println!("{}", u.name());
}
