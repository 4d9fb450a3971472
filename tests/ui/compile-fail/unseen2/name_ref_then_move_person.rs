//@ compile-fail
// A reference returned by a getter keeps the person borrowed when it is moved.
struct Person {
    name: String,
}

impl Person {
    fn name(&self) -> &String {
        &self.name
    }
}

fn main() {
    let person = Person { name: String::from("ann") };
    let name = person.name();
    let people = vec![person]; //~ ERROR E0505
    println!("{} {}", name, people.len());
}
