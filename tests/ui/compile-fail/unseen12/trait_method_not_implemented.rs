//@ compile-fail
// An impl of a trait leaves out one of its required methods.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
}

struct Dog;

impl Animal for Dog { //~ ERROR E0046
    fn name(&self) -> String {
        String::from("dog")
    }
}

fn main() {
    println!("{}", Dog.name());
}
