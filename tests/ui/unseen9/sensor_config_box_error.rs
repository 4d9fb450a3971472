// Loads sensor settings through functions returning Result<_, Box<dyn Error>>, mixing a custom error type with parse errors via ?.
use std::collections::HashMap;
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct RangeError {
    key: String,
    value: i64,
    min: i64,
    max: i64,
}

impl fmt::Display for RangeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} = {} is outside {}..={}", self.key, self.value, self.min, self.max)
    }
}

impl Error for RangeError {}

fn parse_settings(text: &str) -> Result<HashMap<String, String>, Box<dyn Error>> {
    let mut map = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, v) = line.split_once('=').ok_or(format!("line {}: expected key=value", i + 1))?;
        map.insert(k.trim().to_string(), v.trim().to_string());
    }
    Ok(map)
}

fn get_in_range(map: &HashMap<String, String>, key: &str, min: i64, max: i64) -> Result<i64, Box<dyn Error>> {
    let raw = map.get(key).ok_or_else(|| format!("missing key {}", key))?;
    let value: i64 = raw.parse()?;
    if value < min || value > max {
        return Err(Box::new(RangeError { key: key.to_string(), value, min, max }));
    }
    Ok(value)
}

fn load(text: &str) -> Result<(i64, i64, f64), Box<dyn Error>> {
    let map = parse_settings(text)?;
    let interval = get_in_range(&map, "interval", 1, 3600)?;
    let threshold = get_in_range(&map, "threshold", -40, 125)?;
    let gain: f64 = map.get("gain").map(|s| s.as_str()).unwrap_or("1.0").parse()?;
    Ok((interval, threshold, gain))
}

fn main() -> Result<(), Box<dyn Error>> {
    let configs = [
        "# kitchen\ninterval = 60\nthreshold = 30\ngain = 1.5",
        "interval = 10\nthreshold = 200",
        "interval = ten\nthreshold = 5",
        "interval: 5",
        "threshold = 5",
        "interval = 5\nthreshold = -3\ngain = x",
    ];
    for (i, c) in configs.iter().enumerate() {
        match load(c) {
            Ok((iv, th, g)) => println!("config {}: every {}s, alert above {}C, gain {}", i, iv, th, g),
            Err(e) => println!("config {}: error: {}", i, e),
        }
    }
    let (iv, _, _) = load(configs[0])?;
    println!("first config polls {} times an hour", 3600 / iv);
    Ok(())
}
