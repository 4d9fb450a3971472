// Chapter 10: lifetime annotations in functions and structs.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
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

fn first_two<'a>(words: &[&'a str]) -> Vec<&'a str> {
    words.iter().take(2).cloned().collect()
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
    let first_sentence = novel.split('.').next().expect("Could not find a '.'");
    let i = ImportantExcerpt { part: first_sentence };
    println!("{} {}", i.part, i.level());
    println!("{}", i.announce_and_return_part("hi"));
    let s: &'static str = "I have a static lifetime.";
    let words: Vec<&str> = s.split(' ').collect();
    println!("{:?}", first_two(&words));
    let l = longest("ab", "abc");
    println!("{l}");
}
