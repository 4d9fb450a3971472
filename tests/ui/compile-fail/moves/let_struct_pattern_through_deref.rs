//@ compile-fail
// A `let` destructuring `*r` moves a String field out of the borrowed struct.
struct Person {
    name: String,
    age: u32,
}

fn describe(r: &Person) -> String {
    let Person { name, .. } = *r; //~ ERROR E0507
    name
}

fn main() {
    let p = Person { name: String::from("Ada"), age: 36 };
    println!("{} {}", describe(&p), p.age);
}
