//@ compile-fail
// Cloning a Box<dyn Trait> whose trait has no Clone path (E0599).
trait Speak { fn speak(&self) -> String; }
#[derive(Clone)]
struct Cat;
impl Speak for Cat { fn speak(&self) -> String { "meow".into() } }
fn main() {
    let a: Box<dyn Speak> = Box::new(Cat);
    let b = a.clone(); //~ ERROR E0599
    println!("{}", b.speak());
}
