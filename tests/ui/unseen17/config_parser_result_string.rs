// A config file parser as a Python script would be: split lines, trim, parse::<i32>(), errors as Result<T, String> with `?`.
#[derive(Debug, Default)]
struct Config {
    host: String,
    port: i32,
    workers: i32,
    debug: bool,
    tags: Vec<String>,
}

fn parse_bool(value: &str) -> Result<bool, String> {
    match value.to_lowercase().as_str() {
        "true" | "yes" | "1" => Ok(true),
        "false" | "no" | "0" => Ok(false),
        other => Err(format!("not a boolean: {}", other)),
    }
}

fn parse_int(key: &str, value: &str) -> Result<i32, String> {
    value.parse::<i32>().map_err(|e| format!("{}: {} ({})", key, e, value))
}

fn parse_line(line: &str) -> Result<Option<(String, String)>, String> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let parts: Vec<&str> = line.splitn(2, '=').collect();
    if parts.len() != 2 {
        return Err(format!("missing '=' in line: {}", line));
    }
    Ok(Some((parts[0].trim().to_string(), parts[1].trim().to_string())))
}

fn parse_config(text: &str) -> Result<Config, String> {
    let mut config = Config::default();
    config.port = 80;
    for (number, raw) in text.lines().enumerate() {
        let pair = parse_line(raw).map_err(|e| format!("line {}: {}", number + 1, e))?;
        let (key, value) = match pair {
            Some(p) => p,
            None => continue,
        };
        match key.as_str() {
            "host" => config.host = value,
            "port" => config.port = parse_int("port", &value)?,
            "workers" => config.workers = parse_int("workers", &value)?,
            "debug" => config.debug = parse_bool(&value)?,
            "tags" => config.tags = value.split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect(),
            _ => return Err(format!("line {}: unknown key '{}'", number + 1, key)),
        }
    }
    if config.host.is_empty() {
        return Err("host is required".to_string());
    }
    Ok(config)
}

fn main() {
    let good = "# server\nhost = example.org\nport=8080\n\nworkers = 4\ndebug = Yes\ntags = web, api,,prod\n";
    let inputs = vec![
        good,
        "host = a\nport = eighty\n",
        "host = a\nverbose = true\n",
        "port = 1\n",
        "host = b\nthis line is wrong\n",
        "host = c\ndebug = maybe\n",
    ];
    for (i, text) in inputs.iter().enumerate() {
        match parse_config(text) {
            Ok(c) => println!("config {}: {:?}", i, c),
            Err(e) => println!("config {} error: {}", i, e),
        }
    }
}
