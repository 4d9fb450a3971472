//@ compile-fail
// A function wants an owned String but is given a reference to one.
fn register(user: String, users: &mut Vec<String>) {
    users.push(user);
}

fn main() {
    let mut users = Vec::new();
    let name = String::from("kim");
    register(&name, &mut users); //~ ERROR E0308
    println!("{} {:?}", name, users);
}
