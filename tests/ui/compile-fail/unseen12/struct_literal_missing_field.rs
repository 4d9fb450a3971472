//@ compile-fail
// A struct literal leaves out one of the fields.
struct User {
    name: String,
    email: String,
    active: bool,
}

fn main() {
    let u = User { name: String::from("ada"), active: true }; //~ ERROR E0063
    println!("{}", u.name);
}
