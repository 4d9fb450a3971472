//@ compile-fail
// A struct literal that forgets a field.
struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("ann") }; //~ ERROR E0063
    println!("{} {}", u.name, u.age);
}
