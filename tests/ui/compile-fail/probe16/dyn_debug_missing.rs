//@ compile-fail
// Printing a Box<dyn Trait> with {:?} when the trait has no Debug supertrait (E0277).
trait Speak { fn speak(&self) -> String; }
#[derive(Debug)]
struct Cat;
impl Speak for Cat { fn speak(&self) -> String { "meow".into() } }
fn main() {
    let a: Box<dyn Speak> = Box::new(Cat);
    println!("{:?}", a); //~ ERROR E0277
}
