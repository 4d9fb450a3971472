//@ compile-fail
// Casting &dyn Trait back to a concrete reference with `as` (E0605).
trait Speak { fn speak(&self) -> String; }
struct Cat;
impl Speak for Cat { fn speak(&self) -> String { "meow".into() } }
fn main() {
    let s: &dyn Speak = &Cat;
    let c = s as &Cat; //~ ERROR E0605
    let _ = c;
}
