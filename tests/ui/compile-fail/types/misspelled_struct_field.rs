//@ compile-fail
// A typo in a field name of a struct literal.
struct Config {
    verbose: bool,
}

fn main() {
    let c = Config { verbos: true }; //~ ERROR E0560
    println!("{}", c.verbose);
}
