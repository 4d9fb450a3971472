// main returning Result<(), String>: a config parser that fails, so the process exits 1 with `Error: ...`.
use std::collections::HashMap;

#[derive(Debug)]
struct Config {
    name: String,
    port: u16,
    verbose: bool,
}

fn parse_config(text: &str) -> Result<Config, String> {
    let mut map = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, v) = line.split_once('=').ok_or(format!("line {}: expected key=value", n + 1))?;
        if map.insert(k.trim(), v.trim()).is_some() {
            return Err(format!("line {}: duplicate key {}", n + 1, k.trim()));
        }
    }
    let name = map.get("name").ok_or("missing name")?.to_string();
    let port = map
        .get("port")
        .unwrap_or(&"8080")
        .parse::<u16>()
        .map_err(|e| format!("bad port: {}", e))?;
    let verbose = match map.get("verbose").copied() {
        None | Some("false") => false,
        Some("true") => true,
        Some(other) => return Err(format!("bad bool {:?}", other)),
    };
    Ok(Config { name, port, verbose })
}

fn main() -> Result<(), String> {
    let inputs = [
        "name = web\nport = 80\n# comment\nverbose=true",
        "name=api",
        "port=99999\nname=x",
        "name=a\nname=b",
        "verbose = maybe\nname = z",
        "just text",
    ];
    for text in inputs {
        match parse_config(text) {
            Ok(c) => println!("ok: {:?}", c),
            Err(e) => println!("error: {}", e),
        }
    }
    let c = parse_config("name = final\nport = 443")?;
    println!("{} listens on {}{}", c.name, c.port, if c.verbose { " (verbose)" } else { "" });
    parse_config("port = 1")?;
    println!("unreachable");
    Ok(())
}
