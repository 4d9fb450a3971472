// Markdown to plain text: headings underlined, bullets renumbered, **bold**/_italic_/`code` stripped, [text](url) links as footnotes.
const DOC: &str = "# Release notes

Some **important** changes in _this_ release.

## Features
- faster `parse` function
- new [docs site](https://example.org/docs)
* support for **nested _markup_**

## Fixes
1. crash on empty input
2. see [issue 42](https://example.org/42) and [issue 7](https://example.org/7)

> quoted text stays";

fn strip_inline(line: &str, links: &mut Vec<String>) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' | '_' | '`' => {}
            '[' => {
                let mut text = String::new();
                while let Some(&n) = chars.peek() {
                    chars.next();
                    if n == ']' {
                        break;
                    }
                    text.push(n);
                }
                if chars.peek() == Some(&'(') {
                    chars.next();
                    let url: String = chars.by_ref().take_while(|&ch| ch != ')').collect();
                    links.push(url);
                    out.push_str(&text);
                    out.push_str(&format!("[{}]", links.len()));
                } else {
                    out.push('[');
                    out.push_str(&text);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

fn convert(md: &str) -> String {
    let mut out = String::new();
    let mut links = Vec::new();
    let mut item = 0;
    for line in md.lines() {
        let trimmed = line.trim_start();
        if let Some(h) = trimmed.strip_prefix("## ") {
            let text = strip_inline(h, &mut links);
            out.push_str(&format!("{}\n{}\n", text, "-".repeat(text.chars().count())));
            item = 0;
        } else if let Some(h) = trimmed.strip_prefix("# ") {
            let text = strip_inline(h, &mut links).to_uppercase();
            out.push_str(&format!("{}\n{}\n", text, "=".repeat(text.len())));
        } else if let Some(rest) = trimmed.strip_prefix("- ").or_else(|| trimmed.strip_prefix("* ")) {
            item += 1;
            out.push_str(&format!("  {}) {}\n", item, strip_inline(rest, &mut links)));
        } else if let Some((num, rest)) = trimmed.split_once(". ") {
            if num.parse::<u32>().is_ok() {
                item += 1;
                out.push_str(&format!("  {}) {}\n", item, strip_inline(rest, &mut links)));
            } else {
                out.push_str(&strip_inline(trimmed, &mut links));
                out.push('\n');
            }
        } else if let Some(q) = trimmed.strip_prefix("> ") {
            out.push_str(&format!("    | {}\n", q));
        } else {
            out.push_str(&strip_inline(trimmed, &mut links));
            out.push('\n');
        }
    }
    if !links.is_empty() {
        out.push_str("\nLinks:\n");
        for (i, l) in links.iter().enumerate() {
            out.push_str(&format!("[{}] {}\n", i + 1, l));
        }
    }
    out
}

fn main() {
    let text = convert(DOC);
    print!("{}", text);
    println!("--- {} lines, {} bytes", text.lines().count(), text.len());
    println!("{}", convert("plain [not a link and *stars*"));
}
