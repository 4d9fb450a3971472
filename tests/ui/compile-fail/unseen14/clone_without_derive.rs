//@ compile-fail
// Calling clone on a struct that does not derive Clone (E0599)
struct Config {
    name: String,
    retries: u32,
}

fn main() {
    let base = Config { name: String::from("prod"), retries: 3 };
    let copy = base.clone(); //~ ERROR E0599
    println!("{} {}", copy.name, base.retries);
}
