//@ compile-fail
// Passing a type that does not implement the trait a function requires.
trait Speak {
    fn speak(&self) -> String;
}

struct Dog;
struct Rock;

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn talk(x: &impl Speak) {
    println!("{}", x.speak());
}

fn main() {
    talk(&Dog);
    talk(&Rock); //~ ERROR E0277
}
