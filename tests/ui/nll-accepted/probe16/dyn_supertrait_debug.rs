// A trait with a Debug supertrait prints its objects with {:?}.
use std::fmt::Debug;
trait Speak: Debug { fn speak(&self) -> String; }
#[derive(Debug)]
struct Cat;
impl Speak for Cat { fn speak(&self) -> String { "meow".into() } }
fn main() {
    let a: Box<dyn Speak> = Box::new(Cat);
    println!("{:?} {}", a, a.speak());
}
