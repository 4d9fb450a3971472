//@ compile-fail
// #[derive(Clone)] on a struct holding Box<dyn Trait> (E0277).
trait Speak { fn speak(&self) -> String; }
#[derive(Clone)]
struct Zoo { animals: Vec<Box<dyn Speak>> } //~ ERROR E0277
fn main() {
    let z = Zoo { animals: Vec::new() };
    println!("{}", z.animals.len());
}
