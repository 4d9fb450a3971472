// A trait with an associated type implemented by two containers, and generic functions over it.
use std::fmt::Debug;

trait Shelf {
    type Item: Debug + Clone;
    fn items(&self) -> Vec<Self::Item>;
    fn label(&self) -> String;

    fn describe(&self) -> String {
        format!("{} holds {:?}", self.label(), self.items())
    }
}

#[derive(Debug, Clone)]
struct Jar {
    flavour: String,
    grams: u32,
}

struct Pantry {
    jars: Vec<Jar>,
}

struct Bookcase {
    titles: [&'static str; 3],
}

impl Shelf for Pantry {
    type Item = Jar;
    fn items(&self) -> Vec<Jar> {
        self.jars.clone()
    }
    fn label(&self) -> String {
        format!("pantry({})", self.jars.len())
    }
}

impl Shelf for Bookcase {
    type Item = &'static str;
    fn items(&self) -> Vec<&'static str> {
        self.titles.to_vec()
    }
    fn label(&self) -> String {
        String::from("bookcase")
    }
    fn describe(&self) -> String {
        format!("bookcase: {}", self.titles.join(" / "))
    }
}

fn first_item<S: Shelf>(s: &S) -> Option<S::Item> {
    s.items().into_iter().next()
}

fn count_where<S, F>(s: &S, pred: F) -> usize
where
    S: Shelf,
    F: Fn(&S::Item) -> bool,
{
    s.items().iter().filter(|i| pred(i)).count()
}

fn main() {
    let pantry = Pantry {
        jars: vec![
            Jar { flavour: String::from("plum"), grams: 350 },
            Jar { flavour: String::from("fig"), grams: 220 },
            Jar { flavour: String::from("quince"), grams: 410 },
        ],
    };
    let books = Bookcase { titles: ["Dune", "Emma", "Ulysses"] };
    println!("{}", pantry.describe());
    println!("{}", books.describe());
    println!("first jar: {:?}", first_item(&pantry));
    println!("first book: {:?}", first_item(&books));
    println!("heavy jars: {}", count_where(&pantry, |j| j.grams > 300));
    println!("short titles: {}", count_where(&books, |t| t.len() <= 4));
    let total: u32 = pantry.items().iter().map(|j| j.grams).sum();
    println!("total grams {}", total);
}
