//@ compile-fail
// A string literal is given where a String is expected.
struct User {
    name: String,
}

fn main() {
    let u = User { name: "ana" }; //~ ERROR E0308
    println!("{}", u.name);
}
