// Loading typed settings with a custom error enum, From conversions for `?`, and Display for messages.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    BadNumber { key: String, source: ParseIntError },
    OutOfRange { key: String, value: u32, max: u32 },
    Syntax(usize),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key `{}`", k),
            ConfigError::BadNumber { key, source } => write!(f, "`{}` is not a number ({})", key, source),
            ConfigError::OutOfRange { key, value, max } => write!(f, "`{}` = {} exceeds {}", key, value, max),
            ConfigError::Syntax(line) => write!(f, "syntax error on line {}", line),
        }
    }
}

#[derive(Debug)]
struct Settings {
    workers: u32,
    queue: u32,
    name: String,
}

fn lookup<'a>(pairs: &'a [(String, String)], key: &'static str) -> Result<&'a str, ConfigError> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).ok_or(ConfigError::Missing(key))
}

fn number(pairs: &[(String, String)], key: &'static str, max: u32) -> Result<u32, ConfigError> {
    let raw = lookup(pairs, key)?;
    let value: u32 = raw.parse().map_err(|e| ConfigError::BadNumber { key: key.to_string(), source: e })?;
    if value > max {
        return Err(ConfigError::OutOfRange { key: key.to_string(), value, max });
    }
    Ok(value)
}

fn load(text: &str) -> Result<Settings, ConfigError> {
    let mut pairs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let (k, v) = line.split_once(':').ok_or(ConfigError::Syntax(i + 1))?;
        pairs.push((k.trim().to_string(), v.trim().to_string()));
    }
    Ok(Settings {
        workers: number(&pairs, "workers", 64)?,
        queue: number(&pairs, "queue", 10_000)?,
        name: lookup(&pairs, "name")?.to_string(),
    })
}

fn main() {
    let inputs = [
        "workers: 8\nqueue: 500\nname: ingest",
        "workers: 8\nname: ingest",
        "workers: eight\nqueue: 1\nname: x",
        "workers: 128\nqueue: 1\nname: x",
        "workers: 2\nqueue 5",
        "workers: -1\nqueue: 1\nname: x",
    ];
    for (i, text) in inputs.iter().enumerate() {
        match load(text) {
            Ok(s) => println!("{}: ok {:?} ({} slots per worker)", i, s, s.queue / s.workers),
            Err(e) => println!("{}: error: {}", i, e),
        }
    }
}
