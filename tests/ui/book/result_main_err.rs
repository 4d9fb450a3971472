// Error handling: main returning Result<(), Box<dyn Error>>, ? on different error types, custom Error.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ConfigError {
    key: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "missing key `{}`", self.key)
    }
}

impl Error for ConfigError {}

fn lookup<'a>(pairs: &[(&'a str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    pairs
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .ok_or_else(|| ConfigError { key: key.to_string() })
}

fn port(pairs: &[(&str, &str)]) -> Result<u16, Box<dyn Error>> {
    let raw = lookup(pairs, "port")?;
    let p: u16 = raw.parse()?;
    Ok(p)
}

fn main() -> Result<(), Box<dyn Error>> {
    let good = [("host", "localhost"), ("port", "8080")];
    let bad_num = [("port", "80x")];
    let missing = [("host", "example")];
    println!("{:?}", port(&good));
    match port(&bad_num) {
        Ok(p) => println!("port {p}"),
        Err(e) => println!("error: {e}"),
    }
    if let Err(e) = port(&missing) {
        println!("error: {}", e);
    }
    let host = lookup(&good, "host")?;
    println!("host {host}");
    let n: i32 = "12".parse()?;
    println!("n {n}");
    lookup(&missing, "port")?;
    println!("not printed");
    Ok(())
}
