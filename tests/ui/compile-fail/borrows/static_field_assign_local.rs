//@ compile-fail
// Assigning a borrow of a local to a field written `&'static str`.
struct Config {
    mode: &'static str,
    level: u8,
}

fn main() {
    let mut c = Config { mode: "fast", level: 1 };
    let chosen = String::from("safe");
    c.mode = &chosen; //~ ERROR E0597
    println!("{} {}", c.mode, c.level);
}
