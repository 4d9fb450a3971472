//@ compile-fail
// A generic function (implicitly T: Sized) called with a dyn Trait (E0277).
trait Speak { fn speak(&self) -> String; }
struct Cat;
impl Speak for Cat { fn speak(&self) -> String { "meow".into() } }
fn twice<T: Speak>(t: &T) -> String { t.speak() + &t.speak() }
fn main() {
    let s: &dyn Speak = &Cat;
    println!("{}", twice(s)); //~ ERROR E0277
}
