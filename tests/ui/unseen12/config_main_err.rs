// Reads settings from key=value lines; main returns Result and ends with Err on a bad value.
use std::collections::HashMap;

#[derive(Debug)]
struct Settings {
    width: u32,
    height: u32,
    title: String,
    fullscreen: bool,
}

fn parse_lines(text: &str) -> Result<HashMap<String, String>, String> {
    let mut map = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, v) = line.split_once('=').ok_or(format!("line {}: missing '='", n + 1))?;
        map.insert(k.trim().to_string(), v.trim().to_string());
    }
    Ok(map)
}

fn settings(text: &str) -> Result<Settings, String> {
    let map = parse_lines(text)?;
    let number = |key: &str, default: u32| -> Result<u32, String> {
        match map.get(key) {
            Some(v) => v.parse().map_err(|e| format!("{}: {:?} ({})", key, v, e)),
            None => Ok(default),
        }
    };
    let width = number("width", 640)?;
    let height = number("height", 480)?;
    let title = map.get("title").cloned().unwrap_or_else(|| String::from("untitled"));
    let fullscreen = map.get("fullscreen").map(|v| v == "true").unwrap_or(false);
    Ok(Settings { width, height, title, fullscreen })
}

fn main() -> Result<(), String> {
    let good = "# window\nwidth = 800\ntitle = Demo\nfullscreen = true\n";
    let s = settings(good)?;
    println!("{:?}", s);
    println!("area: {}", s.width * s.height);
    match settings("width 3") {
        Ok(s) => println!("unexpected {:?}", s),
        Err(e) => println!("error: {}", e),
    }
    let bad = "width = 1024\nheight = tall\n";
    let s = settings(bad)?;
    println!("not reached {:?}", s);
    Ok(())
}
