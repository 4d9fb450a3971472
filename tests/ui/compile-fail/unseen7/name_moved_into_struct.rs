//@ compile-fail
// A String moved into a struct field by the shorthand, then printed again.
#[derive(Debug)]
struct User {
    name: String,
    age: u32,
}

fn main() {
    let name = String::from("Ferris");
    let age = 7;
    let user = User { name, age };
    println!("created {:?}", user);
    println!("welcome, {}!", name); //~ ERROR E0382
}
