// Structs borrowing text with explicit lifetimes: an Excerpt<'a>, methods returning &'a str, longest-of-two.
#[derive(Debug)]
struct Excerpt<'a> {
    part: &'a str,
    line: usize,
}

impl<'a> Excerpt<'a> {
    fn first_word(&self) -> &'a str {
        self.part.split_whitespace().next().unwrap_or("")
    }

    fn announce(&self, note: &str) -> &'a str {
        println!("note: {}", note);
        self.part
    }

    fn words(&self) -> usize {
        self.part.split_whitespace().count()
    }
}

fn longer<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn sentences<'a>(text: &'a str) -> Vec<Excerpt<'a>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        for s in line.split('.') {
            let s = s.trim();
            if !s.is_empty() {
                out.push(Excerpt { part: s, line: i + 1 });
            }
        }
    }
    out
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago I went to sea.\nIt was a way of driving off the spleen. I sailed.");
    let parts = sentences(&novel);
    for p in &parts {
        println!("line {}: {:?} ({} words, starts with {})", p.line, p.part, p.words(), p.first_word());
    }
    let mut longest = "";
    for p in &parts {
        longest = longer(longest, p.part);
    }
    println!("longest: {}", longest);
    let first;
    {
        let e = &parts[1];
        first = e.announce("second sentence");
    }
    println!("kept: {}", first);
    let owned = String::from("short");
    let winner = longer(&owned, parts[3].part);
    println!("winner: {}", winner);
    println!("{:?}", parts.last());
}
