// Items of a `&[Entry<'a>]` whose fields are `&'a str` and scalars give out `&'a str`, not the slice's borrow.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Word,
    Number,
}

struct Entry<'a> {
    kind: Kind,
    text: &'a str,
    line: u32,
}

fn longest<'a>(entries: &[Entry<'a>]) -> Option<&'a str> {
    entries.iter().map(|e| e.text).max_by_key(|t| t.len())
}

fn words<'a>(entries: &[Entry<'a>]) -> Vec<&'a str> {
    entries.iter().filter(|e| e.kind == Kind::Word).map(|e| e.text).collect()
}

fn main() {
    let source = String::from("let x 42 y 7");
    let entries: Vec<Entry> = source
        .split(' ')
        .enumerate()
        .map(|(i, t)| Entry { kind: if t.parse::<u32>().is_ok() { Kind::Number } else { Kind::Word }, text: t, line: i as u32 })
        .collect();
    let result = longest(&entries);
    let all = words(&entries);
    println!("{} entries, last line {}", entries.len(), entries[entries.len() - 1].line);
    println!("{:?} {:?}", result, all);
}
