// A catalog borrowing its titles from one text buffer: search results and a shelf struct hold &'a str slices of that buffer.
struct Entry<'a> {
    title: &'a str,
    author: &'a str,
    year: u16,
}

struct Catalog<'a> {
    entries: Vec<Entry<'a>>,
}

impl<'a> Catalog<'a> {
    fn parse(text: &'a str) -> Catalog<'a> {
        let entries = text
            .lines()
            .filter_map(|line| {
                let mut parts = line.split('|');
                let title = parts.next()?.trim();
                let author = parts.next()?.trim();
                let year = parts.next()?.trim().parse().ok()?;
                Some(Entry { title, author, year })
            })
            .collect();
        Catalog { entries }
    }

    fn by_author(&self, who: &str) -> Vec<&'a str> {
        self.entries.iter().filter(|e| e.author.contains(who)).map(|e| e.title).collect()
    }

    fn oldest(&self) -> Option<&Entry<'a>> {
        self.entries.iter().min_by_key(|e| e.year)
    }

    fn longest_title(&self) -> &'a str {
        let mut best = "";
        for e in &self.entries {
            if e.title.len() > best.len() {
                best = e.title;
            }
        }
        best
    }
}

fn first_word<'a>(s: &'a str) -> &'a str {
    s.split_whitespace().next().unwrap_or("")
}

fn main() {
    let text = String::from(
        "The Rust Programming Language | Klabnik, Nichols | 2018\n\
         Programming Rust | Blandy, Orendorff | 2017\n\
         broken line without fields\n\
         Rust in Action | McNamara | 2021\n\
         Zero To Production | Palmieri | 2022\n\
         Hands-on Rust | Wolverson | 20x1",
    );
    let catalog = Catalog::parse(&text);
    println!("{} entries parsed", catalog.entries.len());
    let found = catalog.by_author("Nichols");
    let longest = catalog.longest_title();
    drop(catalog);
    println!("by Nichols: {:?}", found);
    println!("longest title: {} (first word {})", longest, first_word(longest));
    let catalog = Catalog::parse(&text);
    if let Some(e) = catalog.oldest() {
        println!("oldest: {} by {} ({})", e.title, e.author, e.year);
    }
    let mut decades: Vec<(u16, &str)> = catalog.entries.iter().map(|e| (e.year / 10 * 10, e.title)).collect();
    decades.sort();
    for (d, t) in &decades {
        println!("{}s: {}", d, t);
    }
}
