// `?` with From conversions into a custom error enum with Display; main returns Result.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Parse(ParseIntError),
    Missing(String),
    Range { key: String, value: i64 },
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::Parse(e)
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Parse(e) => write!(f, "parse error: {}", e),
            ConfigError::Missing(k) => write!(f, "missing key `{}`", k),
            ConfigError::Range { key, value } => write!(f, "{} out of range: {}", key, value),
        }
    }
}

fn lookup<'a>(text: &'a str, key: &str) -> Result<&'a str, ConfigError> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim())
        .ok_or_else(|| ConfigError::Missing(key.to_string()))
}

fn port(text: &str) -> Result<u16, ConfigError> {
    let raw: i64 = lookup(text, "port")?.parse()?;
    if !(1..=65535).contains(&raw) {
        return Err(ConfigError::Range { key: "port".into(), value: raw });
    }
    Ok(raw as u16)
}

fn total(text: &str) -> Result<i64, ConfigError> {
    let a: i64 = lookup(text, "a")?.parse()?;
    let b = lookup(text, "b")?.parse::<i64>()?;
    Ok(a + b)
}

fn main() -> Result<(), ConfigError> {
    let configs = ["port = 8080", "port = abc", "host = x", "port = 70000", "a = 2\nb = 40"];
    for c in configs {
        match port(c) {
            Ok(p) => println!("port {}", p),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("{:?}", total("a = 2\nb = 40"));
    println!("{:?}", total("a = 2"));
    let e = port("port = ").unwrap_err();
    println!("{} / {:?}", e, e);
    let t = total("a=1\nb=x")?;
    println!("unreachable {}", t);
    Ok(())
}
