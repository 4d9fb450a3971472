//@ compile-fail
// A closure assigns to a field of a struct bound without `mut`.
struct Config {
    level: u8,
}

fn main() {
    let cfg = Config { level: 1 };
    let mut set_level = |l: u8| cfg.level = l; //~ ERROR E0594
    set_level(3);
    println!("{}", cfg.level);
}
