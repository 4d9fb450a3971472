//@ compile-fail
// A getter on &self that returns an owned String field by moving it.
struct User {
    name: String,
    age: u8,
}

impl User {
    fn name(&self) -> String {
        self.name //~ ERROR E0507
    }
}

fn main() {
    let u = User { name: "Ada".to_string(), age: 36 };
    println!("{} {}", u.name(), u.age);
}
