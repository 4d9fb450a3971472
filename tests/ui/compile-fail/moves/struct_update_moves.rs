//@ compile-fail
// Struct update syntax moves the remaining String field.
#[derive(Debug)]
struct Conf {
    name: String,
    level: u8,
}

fn main() {
    let a = Conf { name: String::from("a"), level: 1 };
    let b = Conf { level: 2, ..a };
    println!("{:?} {:?}", a, b); //~ ERROR E0382
}
