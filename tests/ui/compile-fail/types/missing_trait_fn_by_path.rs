//@ compile-fail
// Calling, through the trait's name, a method the trait does not have.
trait Greet {
    fn hello(&self) -> String;
}

struct En;

impl Greet for En {
    fn hello(&self) -> String {
        String::from("hello")
    }
}

fn main() {
    println!("{}", Greet::bye(&En)); //~ ERROR E0782
}
