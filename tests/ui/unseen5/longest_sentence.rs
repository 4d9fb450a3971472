// A struct borrowing its text: sentences and words returned as slices tied to the text's lifetime.
struct Document<'a> {
    text: &'a str,
}

impl<'a> Document<'a> {
    fn sentences(&self) -> Vec<&'a str> {
        self.text.split('.').map(|s| s.trim()).filter(|s| !s.is_empty()).collect()
    }

    fn longest_sentence(&self) -> Option<&'a str> {
        let mut best: Option<&'a str> = None;
        for s in self.sentences() {
            match best {
                Some(b) if b.len() >= s.len() => {}
                _ => best = Some(s),
            }
        }
        best
    }

    fn first_word_with(&self, c: char) -> Option<&'a str> {
        self.text.split_whitespace().find(|w| w.contains(c))
    }
}

fn longer<'x>(a: &'x str, b: &'x str) -> &'x str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let owned = String::from("Rust is fast. Memory safety without a garbage collector is the goal. Ok.");
    let found;
    {
        let doc = Document { text: &owned };
        println!("{} sentences", doc.sentences().len());
        found = doc.longest_sentence();
        println!("first word with 'y': {:?}", doc.first_word_with('y'));
    }
    println!("longest: {:?}", found);
    let a = String::from("short");
    let winner;
    {
        let b = "a bit longer";
        winner = longer(&a, b);
    }
    println!("longer: {}", winner);
}
