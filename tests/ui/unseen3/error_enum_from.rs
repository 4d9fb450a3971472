// Error handling: a custom error enum with Display, From impls for ? conversion, and main returning Result.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadNumber(ParseIntError),
    OutOfRange { key: String, value: i64 },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key `{}`", k),
            ConfigError::BadNumber(e) => write!(f, "bad number: {}", e),
            ConfigError::OutOfRange { key, value } => write!(f, "{key} = {value} is out of range"),
        }
    }
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

impl std::error::Error for ConfigError {}

struct Config {
    pairs: Vec<(String, String)>,
}

impl Config {
    fn parse(text: &str) -> Config {
        let pairs = text
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
        Config { pairs }
    }

    fn get(&self, key: &str) -> Result<&str, ConfigError> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| ConfigError::Missing(key.to_string()))
    }

    fn number(&self, key: &str, lo: i64, hi: i64) -> Result<i64, ConfigError> {
        let value: i64 = self.get(key)?.parse()?;
        if value < lo || value > hi {
            return Err(ConfigError::OutOfRange { key: key.to_string(), value });
        }
        Ok(value)
    }
}

fn port_and_workers(cfg: &Config) -> Result<(i64, i64), ConfigError> {
    Ok((cfg.number("port", 1, 65535)?, cfg.number("workers", 1, 64)?))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let texts = [
        "port = 8080\nworkers = 4",
        "port = 80",
        "port = http\nworkers = 2",
        "port = 70000\nworkers = 2",
        "workers=3\nport=22",
    ];
    for t in texts {
        let cfg = Config::parse(t);
        match port_and_workers(&cfg) {
            Ok((p, w)) => println!("ok: port {p}, {w} workers"),
            Err(e) => println!("error: {e} / {:?}", e),
        }
    }
    let cfg = Config::parse("name = demo\nretries = 3");
    println!("name is {}", cfg.get("name")?);
    let retries = cfg.number("retries", 0, 10)?;
    println!("retries {retries}");
    let timeout = cfg.number("timeout", 0, 100)?;
    println!("unreachable {timeout}");
    Ok(())
}
