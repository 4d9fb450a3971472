//@ compile-fail
// `?` on a Result whose Ok borrows a local: the error part carries no borrow, but the Ok value still does.
#[derive(Debug)]
struct Missing;

struct Config {
    pairs: Vec<(String, String)>,
}

impl Config {
    fn get(&self, key: &str) -> Result<&str, Missing> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).ok_or(Missing)
    }
}

fn name() -> Result<&'static str, Missing> {
    let cfg = Config { pairs: vec![("name".to_string(), "demo".to_string())] };
    let v = cfg.get("name")?;
    Ok(v) //~ ERROR E0515
}

fn main() {
    println!("{:?}", name());
}
