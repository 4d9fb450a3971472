// Lifetimes in practice: a struct borrowing its text, methods returning sub-slices, longest-of helpers.
struct Document<'a> {
    title: &'a str,
    body: &'a str,
}

impl<'a> Document<'a> {
    fn parse(raw: &'a str) -> Option<Document<'a>> {
        let (title, body) = raw.split_once('\n')?;
        Some(Document { title: title.trim_start_matches("# "), body })
    }

    fn sentences(&self) -> Vec<&'a str> {
        self.body
            .split(|c| c == '.' || c == '!' || c == '?')
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect()
    }

    fn longest_word(&self) -> &'a str {
        let mut best = "";
        for w in self.body.split_whitespace() {
            let w = w.trim_matches(|c: char| c.is_ascii_punctuation());
            if w.len() > best.len() {
                best = w;
            }
        }
        best
    }

    fn first_with(&self, needle: &str) -> Option<&'a str> {
        self.sentences().into_iter().find(|s| s.contains(needle))
    }
}

fn longer<'x>(a: &'x str, b: &'x str) -> &'x str {
    if b.len() > a.len() { b } else { a }
}

fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect()
}

fn main() {
    let raw = String::from("# Ownership notes\nEach value has an owner. Ownership moves on assignment! Borrowing lends access without moving? References must always be valid.");
    let doc = Document::parse(&raw).expect("has a title line");
    println!("title: {:?} ({})", doc.title, initials(doc.title));
    let sentences = doc.sentences();
    for (i, s) in sentences.iter().enumerate() {
        println!("{}: {} [{} words]", i + 1, s, s.split_whitespace().count());
    }
    println!("longest word: {}", doc.longest_word());
    println!("first with 'lend': {:?}", doc.first_with("lend"));
    println!("first with 'drop': {:?}", doc.first_with("drop"));

    let result;
    {
        let a = sentences[0];
        let b = sentences[2];
        result = longer(a, b);
    }
    println!("longer sentence: {}", result);
    println!("no title line: {}", Document::parse("just one line").is_none());
    let upper_count = raw.chars().filter(|c| c.is_uppercase()).count();
    let vowels = raw.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    println!("{} uppercase, {} vowels, {} bytes", upper_count, vowels, raw.len());
    let pos = raw.find("moves").unwrap();
    println!("'moves' at byte {}: {:?}", pos, &raw[pos..pos + 14]);
    println!("{:?}", raw.rsplit(' ').next());
}
