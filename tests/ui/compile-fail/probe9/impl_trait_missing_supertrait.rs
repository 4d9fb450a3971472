//@ compile-fail
// `Named: Debug`: implementing `Named` for a type needs that type to implement `Debug` too.
use std::fmt::Debug;
trait Named: Debug {
    fn name(&self) -> String;
}
struct City;
impl Named for City { //~ ERROR E0277
    fn name(&self) -> String {
        String::from("Lyon")
    }
}
fn main() {
    let _city = City;
}
