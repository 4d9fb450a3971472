// Parsing settings with Option/Result combinators; a missing key reaches `expect` and panics with its message.
use std::collections::HashMap;

fn parse(text: &str) -> HashMap<&str, &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim(), v.trim()))
        .collect()
}

fn number(map: &HashMap<&str, &str>, key: &str) -> Option<u32> {
    map.get(key).and_then(|v| v.parse().ok())
}

fn main() {
    let text = "
        # server settings
        host = example.org
        port = 8080
        workers = four
        timeout=30
    ";
    let settings = parse(text);
    println!("{} settings", settings.len());
    let host = settings.get("host").copied().unwrap_or("localhost");
    let port = number(&settings, "port").unwrap_or(80);
    let workers = number(&settings, "workers").unwrap_or_else(|| {
        println!("workers is not a number, using 2");
        2
    });
    let timeout = number(&settings, "timeout").map(|t| t * 1000);
    println!("{}:{} with {} workers, timeout {:?} ms", host, port, workers, timeout);
    let retries = number(&settings, "retries").expect("config must set `retries`");
    println!("retries = {}", retries);
}
