// Parsing log lines into structs that borrow from the input (&'a str fields), then filtering and grouping.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Level {
    Debug,
    Info,
    Warn,
    Error,
}

#[derive(Debug)]
struct LogLine<'a> {
    time: &'a str,
    level: Level,
    module: &'a str,
    message: &'a str,
}

fn parse_level(s: &str) -> Option<Level> {
    match s {
        "DEBUG" => Some(Level::Debug),
        "INFO" => Some(Level::Info),
        "WARN" => Some(Level::Warn),
        "ERROR" => Some(Level::Error),
        _ => None,
    }
}

fn parse_line(line: &str) -> Option<LogLine<'_>> {
    let mut parts = line.splitn(4, ' ');
    let time = parts.next()?;
    let level = parse_level(parts.next()?)?;
    let module = parts.next()?.trim_end_matches(':');
    let message = parts.next()?;
    Some(LogLine { time, level, module, message })
}

fn longest_message<'a>(lines: &[LogLine<'a>]) -> Option<&'a str> {
    lines.iter().map(|l| l.message).max_by_key(|m| m.len())
}

fn main() {
    let raw = String::from(
        "10:00:01 INFO net: connected to 10.0.0.2\n\
         10:00:02 DEBUG net: sent 512 bytes\n\
         garbage line\n\
         10:00:05 WARN disk: usage at 91%\n\
         10:00:07 ERROR net: connection reset by peer\n\
         10:00:09 INFO auth: user alice logged in\n\
         10:00:11 TRACE auth: ignored level\n\
         10:00:12 ERROR disk: write failed on /var/log",
    );
    let lines: Vec<LogLine> = raw.lines().filter_map(parse_line).collect();
    println!("parsed {} of {} lines", lines.len(), raw.lines().count());
    let mut per_level: HashMap<Level, usize> = HashMap::new();
    for l in &lines {
        *per_level.entry(l.level).or_insert(0) += 1;
    }
    let mut levels: Vec<_> = per_level.into_iter().collect();
    levels.sort();
    println!("{:?}", levels);
    for l in lines.iter().filter(|l| l.level >= Level::Warn) {
        println!("{} [{:?}] {:<5} {}", l.time, l.level, l.module, l.message);
    }
    let mut modules: Vec<&str> = lines.iter().map(|l| l.module).collect();
    modules.sort();
    modules.dedup();
    println!("modules: {:?}", modules);
    println!("longest: {:?}", longest_message(&lines));
}
