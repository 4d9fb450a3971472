// A config loader whose main returns Err: the process prints `Error: ...` with Debug and exits 1.
#[derive(Debug)]
enum ConfigError {
    UnknownKey(String),
    BadValue { key: String, value: String },
}

#[derive(Debug, Default)]
struct Config {
    width: u32,
    height: u32,
    title: String,
}

fn parse(src: &str) -> Result<Config, ConfigError> {
    let mut c = Config::default();
    for line in src.lines().map(str::trim).filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let (key, value) = line.split_once('=').unwrap_or((line, ""));
        let (key, value) = (key.trim(), value.trim());
        let number = || {
            value.parse::<u32>().map_err(|_| ConfigError::BadValue { key: key.to_string(), value: value.to_string() })
        };
        match key {
            "width" => c.width = number()?,
            "height" => c.height = number()?,
            "title" => c.title = value.to_string(),
            other => return Err(ConfigError::UnknownKey(other.to_string())),
        }
    }
    Ok(c)
}

fn main() -> Result<(), ConfigError> {
    let good = parse("# window\nwidth = 640\nheight=480\ntitle = demo")?;
    println!("{:?}", good);
    println!("area: {}", good.width * good.height);
    let bad = parse("width = 10\nheight = tall");
    println!("bad is_err: {}", bad.is_err());
    let cfg = parse("title = x\ndepth = 3")?;
    println!("unreachable: {:?}", cfg);
    Ok(())
}
