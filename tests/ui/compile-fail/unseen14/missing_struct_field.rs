//@ compile-fail
// A struct literal that forgets one field (E0063)
struct User {
    name: String,
    email: String,
    active: bool,
}

fn main() {
    let u = User { name: String::from("kim"), active: true }; //~ ERROR E0063
    println!("{} {}", u.name, u.active);
}
