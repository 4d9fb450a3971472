// A closure's parameter typed `&Self::Item` (`max_by_key`, `min_by_key`, `filter`) passed where a
// `&str` is expected: the `&&str -> &str` deref coercion must happen (the item's type is only known
// once the iterator's `Item` is normalised).
trait Scorer {
    fn score(&self, word: &str) -> usize;
    fn best<'a>(&self, words: &[&'a str]) -> Option<&'a str> {
        words.iter().copied().max_by_key(|w| self.score(w))
    }
}

struct Length;

impl Scorer for Length {
    fn score(&self, word: &str) -> usize {
        word.len()
    }
}

fn vowels(word: &str) -> usize {
    word.chars().filter(|c| "aeiou".contains(*c)).count()
}

fn main() {
    let words = ["io", "banana", "kiwi", "queue"];
    println!("{:?}", Length.best(&words));
    println!("{:?}", words.iter().copied().min_by_key(|w| Length.score(w)));
    println!("{:?}", words.iter().copied().max_by_key(|w| vowels(w)));
    let long: Vec<&str> = words.iter().copied().filter(|w| vowels(w) > 1).collect();
    println!("{:?}", long);
}
