//@ compile-fail
// `Type::method(&x)` where two implemented traits define `describe` is ambiguous (E0034): `<Type as Trait>::describe` picks one.
trait Animal {
    fn describe(&self) -> String;
}

trait Robot {
    fn describe(&self) -> String;
}

struct Dog;

impl Animal for Dog {
    fn describe(&self) -> String {
        String::from("a dog")
    }
}

impl Robot for Dog {
    fn describe(&self) -> String {
        String::from("a robot dog")
    }
}

fn main() {
    let d = Dog;
    println!("{}", <Dog as Robot>::describe(&d));
    println!("{}", Dog::describe(&d)); //~ ERROR E0034
}
