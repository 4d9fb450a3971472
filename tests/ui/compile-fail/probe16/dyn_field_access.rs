//@ compile-fail
// Reading a field of the concrete type through &dyn Trait (E0609).
trait Animal { fn name(&self) -> String; }
struct Dog { age: u32 }
impl Animal for Dog { fn name(&self) -> String { "dog".into() } }
fn main() {
    let a: &dyn Animal = &Dog { age: 3 };
    println!("{}", a.age); //~ ERROR E0609
}
