// Reading a config from text with HashMap lookups; a missing key makes expect() panic (exit 101).
use std::collections::HashMap;

#[derive(Debug)]
struct Config {
    name: String,
    port: u16,
    workers: usize,
    verbose: bool,
}

fn parse_config(text: &str) -> HashMap<&str, &str> {
    let mut map = HashMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            map.insert(k.trim(), v.trim());
        }
    }
    map
}

fn build(map: &HashMap<&str, &str>) -> Config {
    let name = map.get("name").copied().unwrap_or("unnamed").to_string();
    let port = map.get("port").and_then(|p| p.parse().ok()).unwrap_or(8080);
    let workers = map.get("workers").map(|w| w.parse::<usize>().expect("workers must be a number")).unwrap_or(1);
    let verbose = matches!(map.get("verbose"), Some(&"true") | Some(&"yes"));
    Config { name, port, workers, verbose }
}

fn main() {
    let text = "# service\nname = inventory\nport = 9000\n\nworkers = 4\nverbose = yes\n";
    let map = parse_config(text);
    let cfg = build(&map);
    println!("{:?}", cfg);
    println!("{} listens on {} with {} workers (verbose: {})", cfg.name, cfg.port, cfg.workers, cfg.verbose);

    let defaults = build(&parse_config("port = not-a-port"));
    println!("{:#?}", defaults);

    let mut keys: Vec<_> = map.keys().collect();
    keys.sort();
    println!("keys: {:?}", keys);
    let broken = parse_config("name = x\nworkers = many\n");
    println!("building broken config with {} keys", broken.len());
    let cfg = build(&broken);
    println!("unreachable: {:?}", cfg);
}
