//@ compile-fail
// `Box::new(x) as Box<dyn Trait>` is a coercion: it still needs the type to implement the trait
trait Speak {
    fn speak(&self) -> String;
}

struct Rock;

fn main() {
    let b = Box::new(Rock) as Box<dyn Speak>; //~ ERROR E0277
    println!("{}", b.speak());
}
