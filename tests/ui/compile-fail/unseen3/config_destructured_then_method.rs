//@ compile-fail
// Destructuring `name` out of a config and then calling a `&self` method on it.
struct Config {
    name: String,
    retries: u32,
}

impl Config {
    fn describe(&self) -> String {
        format!("{} x{}", self.name, self.retries)
    }
}

fn main() {
    let cfg = Config { name: String::from("backup"), retries: 3 };
    let Config { name, .. } = cfg;
    println!("job {}", name);
    println!("{}", cfg.describe()); //~ ERROR E0382
}
