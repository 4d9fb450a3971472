// key=value config into a typed struct: parse::<T>() per field, unknown keys and duplicates reported with line numbers.
use std::collections::HashSet;
use std::fmt;

#[derive(Debug)]
struct Config {
    width: u32,
    height: u32,
    title: String,
    fullscreen: bool,
    scale: f64,
}

#[derive(Debug)]
struct ConfigError {
    line: usize,
    kind: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.kind)
    }
}

fn err(line: usize, kind: impl Into<String>) -> ConfigError {
    ConfigError { line, kind: kind.into() }
}

fn parse_config(src: &str) -> Result<Config, ConfigError> {
    let mut cfg = Config { width: 800, height: 600, title: String::from("untitled"), fullscreen: false, scale: 1.0 };
    let mut seen = HashSet::new();
    for (i, line) in src.lines().enumerate() {
        let n = i + 1;
        let line = match line.split_once('#') {
            Some((before, _)) => before.trim(),
            None => line.trim(),
        };
        if line.is_empty() {
            continue;
        }
        let (key, value) = line.split_once('=').ok_or_else(|| err(n, "missing '='"))?;
        let (key, value) = (key.trim(), value.trim().trim_matches('"'));
        if !seen.insert(key) {
            return Err(err(n, format!("duplicate key {}", key)));
        }
        match key {
            "width" => cfg.width = value.parse().map_err(|_| err(n, format!("width: {:?}", value)))?,
            "height" => cfg.height = value.parse().map_err(|_| err(n, format!("height: {:?}", value)))?,
            "title" => cfg.title = value.to_string(),
            "fullscreen" => cfg.fullscreen = value.parse().map_err(|e| err(n, format!("fullscreen: {}", e)))?,
            "scale" => cfg.scale = value.parse().map_err(|e| err(n, format!("scale: {}", e)))?,
            other => return Err(err(n, format!("unknown key {:?}", other))),
        }
    }
    Ok(cfg)
}

fn main() {
    let inputs = [
        "width = 1024\nheight=768 # comment\ntitle = \"My Game\"\nfullscreen = true\nscale = 1.5",
        "# only comments\n\n",
        "width = 10\nwidth = 20",
        "height = tall",
        "fullscreen = yes",
        "depth = 3",
        "title: nope",
    ];
    for (i, src) in inputs.iter().enumerate() {
        match parse_config(src) {
            Ok(c) => println!("#{} {}x{} {:?} fs={} scale={:.1}", i, c.width, c.height, c.title, c.fullscreen, c.scale),
            Err(e) => println!("#{} error: {}", i, e),
        }
    }
    let c = parse_config("scale=2").unwrap();
    println!("{:?}", c);
}
