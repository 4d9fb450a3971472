//@ compile-fail
// A struct literal uses a field name the struct does not have.
struct Config {
    verbose: bool,
    retries: u8,
}

fn main() {
    let c = Config { verbose: true, retry: 3 }; //~ ERROR E0560
    println!("{}", c.verbose);
}
