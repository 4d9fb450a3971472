// A generic function with T: ?Sized called with a &dyn Trait.
trait Speak { fn speak(&self) -> String; }
struct Cat;
impl Speak for Cat { fn speak(&self) -> String { "meow".into() } }
fn twice<T: Speak + ?Sized>(t: &T) -> String { t.speak() + &t.speak() }
fn main() {
    let s: &dyn Speak = &Cat;
    println!("{} {}", twice(s), twice(&Cat));
}
