//@ compile-fail
// A `Box<dyn Trait>` (not a closure) holding a borrow of a local cannot be returned: E0515, not E0373.
trait Speak {
    fn say(&self) -> String;
}

struct Dog<'a> {
    name: &'a str,
}

impl<'a> Speak for Dog<'a> {
    fn say(&self) -> String {
        self.name.to_string()
    }
}

fn boxed() -> Box<dyn Speak> {
    let n = String::from("rex");
    Box::new(Dog { name: &n }) //~ ERROR E0515
}

fn main() {
    println!("{}", boxed().say());
}
