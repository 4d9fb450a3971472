//@ compile-fail
// Moving a field out of a struct behind a shared reference.
struct Person {
    name: String,
}

fn take_name(p: &Person) -> String {
    p.name //~ ERROR E0507
}

fn main() {
    let p = Person { name: String::from("a") };
    println!("{}", take_name(&p));
}
