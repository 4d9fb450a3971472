// `?` on a Result whose Ok borrows a local: the error part holds no borrow, so it may leave the function.
use std::fmt;

#[derive(Debug)]
struct Missing(String);

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "missing `{}`", self.0)
    }
}

impl std::error::Error for Missing {}

struct Config {
    pairs: Vec<(String, String)>,
}

impl Config {
    fn get(&self, key: &str) -> Result<&str, Missing> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| Missing(key.to_string()))
    }
}

fn total_len(cfg: &Config, keys: &[&str]) -> Result<usize, Missing> {
    let mut n = 0;
    for k in keys {
        n += cfg.get(k)?.len();
    }
    Ok(n)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cfg = Config { pairs: vec![("name".to_string(), "demo".to_string())] };
    let local = Config { pairs: vec![("port".to_string(), "80".to_string())] };
    println!("name is {}", cfg.get("name")?);
    let port = local.get("port")?;
    println!("port {port}, total {:?}", total_len(&cfg, &["name"]));
    println!("{:?}", total_len(&local, &["port", "host"]).map_err(|e| e.to_string()));
    let host = local.get("host")?;
    println!("unreachable {host}");
    Ok(())
}
