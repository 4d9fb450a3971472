//@ compile-fail
// A setter written with `&self`, as every Java method can assign fields.
struct Config {
    verbose: bool,
}

impl Config {
    fn set_verbose(&self, v: bool) {
        self.verbose = v; //~ ERROR E0594
    }
}

fn main() {
    let c = Config { verbose: false };
    c.set_verbose(true);
    println!("{}", c.verbose);
}
