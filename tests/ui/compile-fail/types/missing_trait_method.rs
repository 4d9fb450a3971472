//@ compile-fail
// An impl that leaves out a trait method with no default body.
trait Animal {
    fn name(&self) -> String;
    fn legs(&self) -> u32;
}

struct Bird;

impl Animal for Bird { //~ ERROR E0046
    fn name(&self) -> String {
        String::from("bird")
    }
}

fn main() {
    println!("{}", Bird.name());
}
