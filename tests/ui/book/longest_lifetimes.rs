// Lifetimes: longest with explicit lifetimes, struct holding a reference, methods with elision.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

struct ImportantExcerpt<'a> {
    part: &'a str,
}

impl<'a> ImportantExcerpt<'a> {
    fn level(&self) -> i32 {
        3
    }
    fn announce_and_return_part(&self, announcement: &str) -> &str {
        println!("Attention please: {announcement}");
        self.part
    }
}

fn split_pair<'a>(s: &'a str, sep: char) -> (&'a str, &'a str) {
    match s.find(sep) {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (s, ""),
    }
}

fn longest_with_note<'a, T: std::fmt::Display>(x: &'a str, y: &'a str, note: T) -> &'a str {
    println!("Note: {note}");
    longest(x, y)
}

fn main() {
    let string1 = String::from("long string is long");
    let result;
    {
        let string2 = String::from("xyz");
        result = longest(string1.as_str(), string2.as_str()).to_string();
    }
    println!("The longest string is {result}");
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().expect("no '.'");
    let i = ImportantExcerpt { part: first_sentence };
    println!("{} {}", i.part, i.level());
    println!("{}", i.announce_and_return_part("hello"));
    let (k, v) = split_pair("key=value", '=');
    println!("{k} / {v}");
    println!("{:?}", split_pair("novalue", '='));
    let s: &'static str = "I have a static lifetime.";
    println!("{}", longest_with_note(s, "short", 42));
    let excerpts: Vec<ImportantExcerpt> = novel.split(' ').map(|w| ImportantExcerpt { part: w }).collect();
    let longest_word = excerpts.iter().fold("", |acc, e| longest(acc, e.part));
    println!("{longest_word}");
}
