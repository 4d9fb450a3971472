//@ compile-fail
// Passing Box<dyn Trait> where &dyn Trait is expected (E0308).
trait Speak { fn speak(&self) -> String; }
struct Cat;
impl Speak for Cat { fn speak(&self) -> String { "meow".into() } }
fn talk(s: &dyn Speak) -> String { s.speak() }
fn main() {
    let b: Box<dyn Speak> = Box::new(Cat);
    println!("{}", talk(b)); //~ ERROR E0308
}
