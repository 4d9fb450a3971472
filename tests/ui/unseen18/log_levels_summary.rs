// Log summary: splitn on "date time [LEVEL] message", counts per level and per hour, the longest error message.
use std::collections::HashMap;

const LOG: &str = "2024-03-01 09:15:02 [INFO] server started on port 8080
2024-03-01 09:15:07 [DEBUG] loading config from /etc/app.toml
2024-03-01 09:47:11 [WARN] slow query: 1200ms
2024-03-01 10:02:45 [ERROR] connection refused: db01
2024-03-01 10:05:00 [INFO] retrying
garbage line without structure
2024-03-01 11:30:12 [ERROR] disk quota exceeded on /var
2024-03-01 11:31:00 [INFO] cleanup done";

#[derive(Debug)]
struct Entry<'a> {
    hour: u32,
    level: &'a str,
    message: &'a str,
}

fn parse_entry(line: &str) -> Option<Entry<'_>> {
    let mut parts = line.splitn(4, ' ');
    let _date = parts.next()?;
    let time = parts.next()?;
    let level = parts.next()?;
    let message = parts.next()?;
    let level = level.strip_prefix('[')?.strip_suffix(']')?;
    let hour = time.split(':').next()?.parse().ok()?;
    Some(Entry { hour, level, message })
}

fn main() {
    let mut by_level: HashMap<&str, usize> = HashMap::new();
    let mut by_hour: HashMap<u32, usize> = HashMap::new();
    let mut errors: Vec<Entry> = Vec::new();
    let mut skipped = 0;
    for line in LOG.lines() {
        match parse_entry(line) {
            Some(e) => {
                *by_level.entry(e.level).or_insert(0) += 1;
                *by_hour.entry(e.hour).or_default() += 1;
                if e.level == "ERROR" {
                    errors.push(e);
                }
            }
            None => skipped += 1,
        }
    }
    let mut levels: Vec<_> = by_level.into_iter().collect();
    levels.sort();
    for (level, n) in &levels {
        println!("{:>6}: {}", level, "#".repeat(*n));
    }
    let mut hours: Vec<(u32, usize)> = by_hour.into_iter().collect();
    hours.sort_by_key(|&(h, _)| h);
    for (h, n) in hours {
        println!("{:02}:00 {:>3}", h, n);
    }
    println!("skipped {} line(s)", skipped);
    if let Some(longest) = errors.iter().max_by_key(|e| e.message.len()) {
        println!("longest error ({} chars): {}", longest.message.len(), longest.message);
    }
    for e in &errors {
        let (kind, detail) = e.message.split_once(": ").unwrap_or((e.message, ""));
        println!("{:?} -> kind={:?} detail={:?}", e.hour, kind, detail);
    }
}
