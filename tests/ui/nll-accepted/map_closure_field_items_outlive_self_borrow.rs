// A map closure copying a `&'a str` field out of each entry: the collected Vec holds `'a`, not the borrow of `self`.
struct Entry<'a> {
    title: &'a str,
    author: &'a str,
}

struct Catalog<'a> {
    entries: Vec<Entry<'a>>,
}

impl<'a> Catalog<'a> {
    fn titles(&self) -> Vec<&'a str> {
        self.entries.iter().map(|e| e.title).collect()
    }

    fn by_author(&self, who: &str) -> Vec<&'a str> {
        self.entries.iter().filter(|e| e.author.contains(who)).map(|e| e.title).collect()
    }

    fn first_by(&self, who: &str) -> Option<&'a str> {
        let mut it = self.entries.iter().filter(|e| e.author == who).map(|e| e.title);
        it.next()
    }
}

fn main() {
    let text = String::from("Dune|Herbert;Emma|Austen;Persuasion|Austen");
    let titles;
    {
        let catalog = Catalog {
            entries: text
                .split(';')
                .map(|l| {
                    let (t, a) = l.split_once('|').unwrap();
                    Entry { title: t, author: a }
                })
                .collect(),
        };
        titles = catalog.titles();
        println!("{:?} {:?}", catalog.by_author("Austen"), catalog.first_by("Herbert"));
    }
    println!("{:?}", titles);
}
