//@ compile-fail
// A local of type dyn Trait (E0308 and E0277).
trait Speak { fn speak(&self) -> String; }
struct Cat;
impl Speak for Cat { fn speak(&self) -> String { "meow".into() } }
fn main() {
    let c = Cat;
    let s: dyn Speak = c; //~ ERROR E0308
//~^ ERROR E0277
    println!("{}", s.speak());
}
