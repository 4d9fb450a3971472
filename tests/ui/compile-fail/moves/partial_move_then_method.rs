//@ compile-fail
// Moving one field out of a struct, then calling a `&self` method on the whole.
struct Person {
    name: String,
    age: u32,
}

impl Person {
    fn describe(&self) -> String {
        format!("{} ({})", self.name, self.age)
    }
}

fn main() {
    let p = Person { name: "x".into(), age: 3 };
    let n = p.name;
    println!("{} {}", n, p.describe()); //~ ERROR E0382
}
