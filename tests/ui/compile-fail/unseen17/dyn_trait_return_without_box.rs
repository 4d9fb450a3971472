//@ compile-fail
// A factory function returns `dyn Animal` by value, as a Java factory returns an interface type.
trait Animal {
    fn speak(&self) -> String;
}

struct Dog;

impl Animal for Dog {
    fn speak(&self) -> String {
        "woof".to_string()
    }
}

fn make_animal() -> dyn Animal { //~ ERROR E0746
    Dog
}

fn main() {
    println!("{}", make_animal().speak()); //~ ERROR E0277
}
