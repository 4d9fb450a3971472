//@ compile-fail
// Coercing a type that does not implement the trait to &dyn Trait (E0277).
trait Speak { fn speak(&self) -> String; }
struct Cat;
struct Rock;
impl Speak for Cat { fn speak(&self) -> String { "meow".into() } }
fn main() {
    let all: Vec<&dyn Speak> = vec![&Cat, &Rock]; //~ ERROR E0277
    println!("{}", all.len());
}
