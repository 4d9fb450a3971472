// Lifetimes: longest, a struct holding a &str excerpt, methods with elided and explicit lifetimes
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

struct Excerpt<'a> {
    part: &'a str,
    line: usize,
}

impl<'a> Excerpt<'a> {
    fn level(&self) -> i32 {
        3
    }
    fn announce_and_return(&self, announcement: &str) -> &str {
        println!("Attention please: {}", announcement);
        self.part
    }
    fn longer_of(&self, other: &'a str) -> &'a str {
        longest(self.part, other)
    }
}

fn find_excerpts<'t>(text: &'t str, needle: &str) -> Vec<Excerpt<'t>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, l)| Excerpt { part: l.trim(), line: i + 1 })
        .collect()
}

fn main() {
    let string1 = String::from("long string is long");
    let result;
    {
        let string2 = String::from("xyz");
        println!("longest inner: {}", longest(string1.as_str(), string2.as_str()));
        result = longest(string1.as_str(), "static str");
    }
    println!("The longest string is {}", result);

    let novel = String::from("Call me Ishmael. Some years ago...\nnever mind how long precisely\nhaving little or no money in my purse");
    let first_sentence = novel.split('.').next().expect("Could not find a '.'");
    let i = Excerpt { part: first_sentence, line: 1 };
    println!("{} (level {}, line {})", i.announce_and_return("excerpt"), i.level(), i.line);
    let other = "a much longer excerpt than the first one";
    println!("{}", i.longer_of(other));
    println!("first word: {}", first_word(&novel));

    let found = find_excerpts(&novel, "o");
    for e in &found {
        println!("line {}: {}", e.line, e.part);
    }
    let s: &'static str = "I have a static lifetime.";
    println!("{}", longest(s, first_word(s)));
}
