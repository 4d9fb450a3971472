//@ compile-fail
// A trait method returning `&str` cannot return a String built inside it.
trait Summary {
    fn summarize(&self) -> &str;
}

struct Article {
    title: String,
    author: String,
}

impl Summary for Article {
    fn summarize(&self) -> &str {
        let s = format!("{} by {}", self.title, self.author);
        &s //~ ERROR E0515
    }
}

fn main() {
    let a = Article { title: String::from("Rust"), author: String::from("ann") };
    println!("{}", a.summarize());
}
