// Exercism-style parsing with a custom Error enum: Display, From<ParseIntError>, ? through helpers, main returning Result and failing at the end
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    MissingKey(&'static str),
    BadNumber(ParseIntError),
    OutOfRange { key: String, value: i64 },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::MissingKey(k) => write!(f, "missing key `{k}`"),
            ConfigError::BadNumber(e) => write!(f, "bad number: {e}"),
            ConfigError::OutOfRange { key, value } => write!(f, "{key} = {value} is out of range"),
        }
    }
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

#[derive(Debug)]
struct Config {
    width: u16,
    height: u16,
    seed: i64,
}

fn lookup<'a>(text: &'a str, key: &'static str) -> Result<&'a str, ConfigError> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim())
        .ok_or(ConfigError::MissingKey(key))
}

fn dimension(text: &str, key: &'static str) -> Result<u16, ConfigError> {
    let raw: i64 = lookup(text, key)?.parse()?;
    u16::try_from(raw).map_err(|_| ConfigError::OutOfRange { key: key.to_string(), value: raw })
}

fn parse_config(text: &str) -> Result<Config, ConfigError> {
    Ok(Config {
        width: dimension(text, "width")?,
        height: dimension(text, "height")?,
        seed: lookup(text, "seed")?.parse()?,
    })
}

fn main() -> Result<(), ConfigError> {
    let inputs = [
        "width = 80\nheight = 24\nseed = -7",
        "width = 80\nseed = 1",
        "width = 70000\nheight = 5\nseed = 0",
        "width = 12\nheight = twelve\nseed = 0",
    ];
    for text in inputs {
        match parse_config(text) {
            Ok(c) => println!("ok: {:?} ({} cells)", c, c.width as u32 * c.height as u32),
            Err(e) => println!("error: {e}"),
        }
    }
    let cfg = parse_config(inputs[0])?;
    println!("seed {}", cfg.seed);
    let second = parse_config(inputs[3])?;
    println!("unreachable: {:?}", second);
    Ok(())
}
