//@ compile-fail
// An associated function without `self` reads a field by its bare name: the field is pointed at.
struct Config {
    verbose: bool,
}

impl Config {
    fn is_verbose() -> bool {
        verbose //~ ERROR E0425
    }
}

fn main() {
    let c = Config { verbose: true };
    println!("{} {}", c.verbose, Config::is_verbose());
}
