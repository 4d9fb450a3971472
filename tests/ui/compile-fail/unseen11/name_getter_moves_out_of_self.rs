//@ compile-fail
// A getter taking &self returns the String field by value, moving it out of a borrow.
struct Pet {
    name: String,
    age: u8,
}

impl Pet {
    fn name(&self) -> String {
        self.name //~ ERROR E0507
    }
}

fn main() {
    let p = Pet { name: String::from("Rex"), age: 3 };
    println!("{} is {}", p.name(), p.age);
}
