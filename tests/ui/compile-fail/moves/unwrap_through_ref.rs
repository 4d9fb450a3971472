//@ compile-fail
// Calling a `self` method on a field reached through `&` moves out of the borrow.
struct Config {
    name: Option<String>,
}

fn show(c: &Config) -> String {
    c.name.unwrap() //~ ERROR E0507
}

fn main() {
    let c = Config { name: Some(String::from("cfg")) };
    println!("{}", show(&c));
}
