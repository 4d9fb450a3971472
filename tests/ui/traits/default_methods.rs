// A trait with a required method and a default method that calls it; one impl overrides.
trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

struct Tweet {
    username: String,
    content: String,
}

struct Article {
    title: String,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

impl Summary for Article {
    fn summarize_author(&self) -> String {
        String::from("staff")
    }
    fn summarize(&self) -> String {
        format!("{} by {}", self.title, self.summarize_author())
    }
}

fn main() {
    let t = Tweet { username: "horse_ebooks".into(), content: "of course".into() };
    let a = Article { title: "Penguins win".into() };
    println!("{} [{}]", t.summarize(), t.content);
    println!("{}", a.summarize());
}
