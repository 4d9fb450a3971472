// An INI-style config parser whose sections and entries borrow &str slices of the source text.
#[derive(Debug)]
struct Entry<'a> {
    key: &'a str,
    value: &'a str,
}

#[derive(Debug)]
struct Section<'a> {
    name: &'a str,
    entries: Vec<Entry<'a>>,
}

impl<'a> Section<'a> {
    fn get(&self, key: &str) -> Option<&'a str> {
        self.entries.iter().find(|e| e.key == key).map(|e| e.value)
    }
}

fn parse(text: &str) -> Result<Vec<Section<'_>>, String> {
    let mut sections: Vec<Section> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with(';') {
            continue;
        }
        if line.starts_with('[') && line.ends_with(']') {
            let name = &line[1..line.len() - 1];
            sections.push(Section { name, entries: Vec::new() });
        } else if let Some((k, v)) = line.split_once('=') {
            let current = match sections.last_mut() {
                Some(s) => s,
                None => return Err(format!("line {}: entry outside a section", n + 1)),
            };
            current.entries.push(Entry { key: k.trim(), value: v.trim() });
        } else {
            return Err(format!("line {}: cannot parse {:?}", n + 1, line));
        }
    }
    Ok(sections)
}

fn main() {
    let source = String::from(
        "; sample\n[server]\nhost = example.org\nport= 8080\n\n[client]\nretries =3\nname = heap lab\n",
    );
    match parse(&source) {
        Ok(sections) => {
            for s in &sections {
                println!("[{}] {} entries", s.name, s.entries.len());
                for e in &s.entries {
                    println!("  {:<8}= {:?}", e.key, e.value);
                }
            }
            let port: u16 = sections[0].get("port").unwrap_or("80").parse().unwrap();
            let retries = sections[1].get("retries").and_then(|r| r.parse::<u8>().ok()).unwrap_or(1);
            println!("port {} retries {} timeout {:?}", port, retries, sections[1].get("timeout"));
        }
        Err(e) => println!("error: {}", e),
    }
    let bad = "key = value\n[x]";
    println!("{:?}", parse(bad).map(|s| s.len()));
    let worse = "[a]\nnot an entry";
    println!("{:?}", parse(worse).map(|s| s.len()));
}
