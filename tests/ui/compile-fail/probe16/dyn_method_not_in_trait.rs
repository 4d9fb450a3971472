//@ compile-fail
// Calling an inherent method of the concrete type through a dyn Trait (E0599).
trait Animal { fn name(&self) -> String; }
struct Dog;
impl Dog { fn bark(&self) -> String { "woof".into() } }
impl Animal for Dog { fn name(&self) -> String { "dog".into() } }
fn main() {
    let a: Box<dyn Animal> = Box::new(Dog);
    println!("{}", a.bark()); //~ ERROR E0599
}
