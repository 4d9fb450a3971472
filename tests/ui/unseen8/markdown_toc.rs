// A table of contents from Markdown headings: strip_prefix, trim_start_matches, slug generation and numbering per level.
struct Heading<'a> {
    level: usize,
    title: &'a str,
}

fn headings(doc: &str) -> Vec<Heading<'_>> {
    let mut out = Vec::new();
    let mut in_code = false;
    for line in doc.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        let hashes = line.len() - line.trim_start_matches('#').len();
        if hashes == 0 || hashes > 6 {
            continue;
        }
        if let Some(title) = line[hashes..].strip_prefix(' ') {
            out.push(Heading { level: hashes, title: title.trim() });
        }
    }
    out
}

fn slug(title: &str) -> String {
    let mut s = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if (c == ' ' || c == '-') && !s.ends_with('-') {
            s.push('-');
        }
    }
    s.trim_matches('-').to_string()
}

fn main() {
    let doc = "# heaplab guide
intro text
## Getting started
### Install
### First run!
## Memory & the heap
```
# not a heading
```
#NoSpace
### Stack vs. Heap
#### Deep dive
## FAQ
####### too deep";
    let hs = headings(doc);
    println!("{} headings", hs.len());
    let mut counters = [0usize; 6];
    for h in &hs {
        counters[h.level - 1] += 1;
        for c in counters.iter_mut().skip(h.level) {
            *c = 0;
        }
        let number: Vec<String> = counters[1..h.level].iter().map(|n| n.to_string()).collect();
        let indent = "  ".repeat(h.level.saturating_sub(2));
        if h.level == 1 {
            println!("{}", h.title.to_uppercase());
        } else {
            println!("{}{} [{}](#{})", indent, number.join("."), h.title, slug(h.title));
        }
    }
    let deepest = hs.iter().map(|h| h.level).max().unwrap_or(0);
    let longest = hs.iter().max_by_key(|h| h.title.len()).map(|h| h.title).unwrap_or("");
    println!("deepest level {}, longest title {:?}", deepest, longest);
}
