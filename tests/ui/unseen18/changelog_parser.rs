// A changelog parser: "## 1.2.0 - 2024-05-01" headings and "- kind: text" bullets into Vec<Release<'a>> borrowing the text.
#[derive(Debug)]
struct Change<'a> {
    kind: &'a str,
    text: &'a str,
}

#[derive(Debug)]
struct Release<'a> {
    version: &'a str,
    date: Option<&'a str>,
    changes: Vec<Change<'a>>,
}

const LOG: &str = "# Changelog

## 2.0.0 - 2024-05-01
- breaking: remove the old API
- added: streaming parser
- fixed: crash on empty file

## 1.1.0 - 2024-02-11
- added: --quiet flag
- note without kind

## 1.0.0
- added: first release
";

fn parse(text: &str) -> Result<Vec<Release<'_>>, String> {
    let mut releases: Vec<Release> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if let Some(head) = line.strip_prefix("## ") {
            let (version, date) = match head.split_once(" - ") {
                Some((v, d)) => (v.trim(), Some(d.trim())),
                None => (head.trim(), None),
            };
            releases.push(Release { version, date, changes: Vec::new() });
        } else if let Some(item) = line.strip_prefix("- ") {
            let current = releases
                .last_mut()
                .ok_or_else(|| format!("line {}: bullet before any release", n + 1))?;
            let (kind, text) = item.split_once(": ").unwrap_or(("other", item));
            current.changes.push(Change { kind, text });
        }
    }
    Ok(releases)
}

fn main() {
    let releases = parse(LOG).unwrap();
    for r in &releases {
        println!("{} ({})", r.version, r.date.unwrap_or("unreleased"));
        for c in &r.changes {
            println!("  {:<9} {}", format!("[{}]", c.kind), c.text);
        }
    }
    let added: Vec<&str> = releases
        .iter()
        .flat_map(|r| r.changes.iter())
        .filter(|c| c.kind == "added")
        .map(|c| c.text)
        .collect();
    println!("all additions: {:?}", added);
    let breaking = releases.iter().find(|r| r.changes.iter().any(|c| c.kind == "breaking"));
    println!("first breaking release: {:?}", breaking.map(|r| r.version));
    println!("{:?}", parse("- orphan bullet"));
}
