// Traits: default methods, trait bounds, impl Trait in argument and return position, dyn Trait.
trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

struct NewsArticle {
    headline: String,
    location: String,
    author: String,
}

impl Summary for NewsArticle {
    fn summarize_author(&self) -> String {
        self.author.clone()
    }
    fn summarize(&self) -> String {
        format!("{}, by {} ({})", self.headline, self.author, self.location)
    }
}

struct Tweet {
    username: String,
    content: String,
    retweets: u32,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn notify_all<T>(items: &[T]) -> usize
where
    T: Summary,
{
    items.iter().map(|i| i.summarize().len()).sum()
}

fn make_tweet(n: u32) -> impl Summary {
    Tweet { username: format!("user{n}"), content: String::from("..."), retweets: n }
}

fn main() {
    let t = Tweet { username: String::from("horse_ebooks"), content: String::from("of course"), retweets: 3 };
    let a = NewsArticle {
        headline: String::from("Penguins win"),
        location: String::from("Pittsburgh"),
        author: String::from("Iceburgh"),
    };
    notify(&t);
    notify(&a);
    println!("{} {}", t.content, t.retweets);
    let items: Vec<Box<dyn Summary>> = vec![Box::new(t), Box::new(a), Box::new(make_tweet(7))];
    for it in &items {
        println!("- {}", it.summarize());
    }
    let tweets = [make_tweet(1), make_tweet(22)];
    println!("total length {}", notify_all(&tweets));
    println!("{}", make_tweet(5).summarize_author());
}
