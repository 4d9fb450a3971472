// Chapter 10: traits with default methods, impl Trait arguments, trait bounds and dyn.
pub trait Summary {
    fn summarize_author(&self) -> String;

    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

pub struct NewsArticle {
    pub headline: String,
    pub location: String,
    pub author: String,
}

impl Summary for NewsArticle {
    fn summarize_author(&self) -> String {
        self.author.clone()
    }

    fn summarize(&self) -> String {
        format!("{}, by {} ({})", self.headline, self.author, self.location)
    }
}

pub struct Tweet {
    pub username: String,
    pub content: String,
    pub retweet: bool,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

pub fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn longest_summary<T: Summary, U: Summary>(a: &T, b: &U) -> usize {
    a.summarize().len().max(b.summarize().len())
}

fn make_tweet(user: &str) -> impl Summary {
    Tweet { username: user.to_string(), content: String::from("hello"), retweet: false }
}

fn main() {
    let tweet = Tweet { username: String::from("horse_ebooks"), content: String::from("of course"), retweet: true };
    let article = NewsArticle {
        headline: String::from("Penguins win the Stanley Cup Championship!"),
        location: String::from("Pittsburgh, PA, USA"),
        author: String::from("Iceburgh"),
    };
    println!("1 new tweet: {} [{} {}]", tweet.summarize(), tweet.content, tweet.retweet);
    notify(&article);
    println!("{}", longest_summary(&tweet, &article));
    let items: Vec<Box<dyn Summary>> = vec![Box::new(tweet), Box::new(article), Box::new(make_tweet("rustlang"))];
    for i in items.iter() {
        println!("- {}", i.summarize_author());
    }
}
