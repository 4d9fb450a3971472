// Check-time benchmark: structs and lifetimes (structs holding references, explicit lifetime
// parameters, elision, methods returning borrows, nested structs), about 200 lines, written for
// the benchmark.
#[derive(Debug, Clone, PartialEq)]
enum Token<'a> {
    Word(&'a str),
    Number(i64),
    Symbol(char),
}

struct Lexer<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Lexer<'a> {
        Lexer { text, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn token_at(&self, pos: usize) -> Option<(Token<'a>, usize)> {
        let rest = &self.text[pos..];
        let trimmed = rest.trim_start();
        let at = pos + rest.len() - trimmed.len();
        let c = trimmed.chars().next()?;
        if c.is_ascii_digit() {
            let end = trimmed.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(trimmed.len());
            Some((Token::Number(trimmed[..end].parse().unwrap()), at + end))
        } else if c.is_alphabetic() {
            let end = trimmed.find(|ch: char| !ch.is_alphanumeric()).unwrap_or(trimmed.len());
            Some((Token::Word(&trimmed[..end]), at + end))
        } else {
            Some((Token::Symbol(c), at + c.len_utf8()))
        }
    }

    fn all(&self) -> Vec<Token<'a>> {
        let mut out = Vec::new();
        let mut pos = self.pos;
        while let Some((t, next)) = self.token_at(pos) {
            out.push(t);
            pos = next;
        }
        out
    }
}

#[derive(Debug)]
struct Person<'a> {
    name: &'a str,
    city: &'a str,
    age: u32,
}

struct Directory<'a> {
    people: Vec<Person<'a>>,
    title: String,
}

impl<'a> Directory<'a> {
    fn parse(title: &str, data: &'a str) -> Directory<'a> {
        let mut people = Vec::new();
        for line in data.lines() {
            let mut parts = line.split(',');
            let name = parts.next().unwrap_or("").trim();
            let city = parts.next().unwrap_or("").trim();
            let age = parts.next().and_then(|a| a.trim().parse().ok()).unwrap_or(0);
            if !name.is_empty() {
                people.push(Person { name, city, age });
            }
        }
        Directory { people, title: title.to_string() }
    }

    fn oldest(&self) -> Option<&Person<'a>> {
        let mut best: Option<&Person<'a>> = None;
        for p in &self.people {
            match best {
                Some(b) if b.age >= p.age => {}
                _ => best = Some(p),
            }
        }
        best
    }

    fn in_city(&self, city: &str) -> Vec<&'a str> {
        let mut out = Vec::new();
        for p in &self.people {
            if p.city == city {
                out.push(p.name);
            }
        }
        out
    }

    fn title(&self) -> &str {
        &self.title
    }

    fn birthday(&mut self, name: &str) -> Option<&mut Person<'a>> {
        let p = self.people.iter_mut().find(|p| p.name == name)?;
        p.age += 1;
        Some(p)
    }
}

struct Highlight<'t> {
    part: &'t str,
    start: usize,
}

fn highlights<'t>(text: &'t str, needle: &str) -> Vec<Highlight<'t>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(needle) {
        let start = from + i;
        out.push(Highlight { part: &text[start..start + needle.len()], start });
        from = start + needle.len();
    }
    out
}

fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

fn pick<'a, 'b>(a: &'a str, _b: &'b str) -> &'a str {
    if a.is_empty() { "none" } else { a }
}

fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

struct Config {
    name: String,
    limits: Limits,
}

#[derive(Debug, Default, Clone, Copy)]
struct Limits {
    low: i32,
    high: i32,
}

impl Config {
    fn limits_mut(&mut self) -> &mut Limits {
        &mut self.limits
    }
    fn name(&self) -> &str {
        self.name.as_str()
    }
}

fn main() {
    let src = String::from("let x1 = 42 + y * (7 - z);");
    let lexer = Lexer::new(&src);
    let tokens = lexer.all();
    println!("{}", lexer.rest().len());
    println!("{} tokens, first {:?}, last {:?}", tokens.len(), tokens.first(), tokens.last());
    let words: Vec<&str> = tokens
        .iter()
        .filter_map(|t| match t {
            Token::Word(w) => Some(*w),
            _ => None,
        })
        .collect();
    println!("{:?}", words);
    let data = String::from("Ada, London, 36\nAlan, London, 41\nGrace, Arlington, 85\n, nowhere, 1");
    let mut dir = Directory::parse("people", &data);
    println!("{} {:?}", dir.title(), dir.oldest().map(|p| p.name));
    let londoners = dir.in_city("London");
    if let Some(p) = dir.birthday("Ada") {
        p.city = "Cambridge";
    }
    println!("{:?} {:?}", londoners, dir.people[0]);
    let text = "the cat and the hat and the bat";
    let hs = highlights(text, "the");
    for h in &hs {
        println!("{} at {}", h.part, h.start);
    }
    let owned = String::from("hello world");
    let fw;
    {
        let w = first_word(&owned);
        println!("{w}");
        fw = pick(text, &owned);
    }
    println!("{} {}", fw, longer("ab", "abc"));
    let mut cfg = Config { name: String::from("main"), limits: Limits::default() };
    let l = cfg.limits_mut();
    l.low = -5;
    l.high = 5;
    let copy = cfg.limits;
    let n = cfg.name();
    println!("{} {:?} {}", n, copy, copy.high - copy.low);
}
