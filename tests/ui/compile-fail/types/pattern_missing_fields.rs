//@ compile-fail
// A struct pattern must name every field or end with `..`.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("ann"), age: 3 };
    let Person { name } = p; //~ ERROR E0027
    println!("{}", name);
}
