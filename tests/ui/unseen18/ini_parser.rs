// INI parsing: sections from strip_prefix/strip_suffix, key=value with split_once, comments, errors with line numbers.
use std::collections::BTreeMap;

const INI: &str = "; global settings
name = demo
debug=true

[server]
host = 127.0.0.1
port = 8080
# comment inside

[database]
url = postgres://localhost/db
pool = 4
timeout=30s
";

type Section = BTreeMap<String, String>;

fn parse_ini(text: &str) -> Result<BTreeMap<String, Section>, String> {
    let mut sections: BTreeMap<String, Section> = BTreeMap::new();
    let mut current = String::from("global");
    sections.insert(current.clone(), Section::new());
    for (idx, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with(';') || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let name = rest
                .strip_suffix(']')
                .ok_or_else(|| format!("line {}: unclosed section header", idx + 1))?;
            current = name.trim().to_string();
            sections.entry(current.clone()).or_default();
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or(format!("line {}: expected key = value", idx + 1))?;
        let section = sections.get_mut(&current).unwrap();
        section.insert(key.trim().to_string(), value.trim().to_string());
    }
    Ok(sections)
}

fn get_u32(sections: &BTreeMap<String, Section>, sec: &str, key: &str) -> Result<u32, String> {
    let value = sections
        .get(sec)
        .and_then(|s| s.get(key))
        .ok_or_else(|| format!("missing {}.{}", sec, key))?;
    value.parse::<u32>().map_err(|e| format!("{}.{} = {:?}: {}", sec, key, value, e))
}

fn main() {
    let sections = match parse_ini(INI) {
        Ok(s) => s,
        Err(e) => {
            println!("error: {}", e);
            return;
        }
    };
    for (name, entries) in &sections {
        println!("[{}] ({} keys)", name, entries.len());
        for (k, v) in entries {
            println!("  {:<8} = {}", k, v);
        }
    }
    for (sec, key) in [("server", "port"), ("database", "pool"), ("database", "timeout"), ("cache", "size")] {
        match get_u32(&sections, sec, key) {
            Ok(n) => println!("{}.{} -> {}", sec, key, n),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("{:?}", parse_ini("[broken\nx=1"));
    println!("{:?}", parse_ini("ok = 1\nnot a pair").err());
}
