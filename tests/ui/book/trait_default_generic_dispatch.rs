// Traits: generic functions over trait bounds with static dispatch, trait objects via &dyn, Iterator over trait objects.
trait Scorer {
    fn score(&self, word: &str) -> u32;
    fn name(&self) -> &str;
    fn best<'a>(&self, words: &[&'a str]) -> Option<&'a str> {
        words.iter().copied().max_by_key(|w| self.score(w))
    }
}

struct LengthScorer;
struct VowelScorer {
    bonus: u32,
}

impl Scorer for LengthScorer {
    fn score(&self, word: &str) -> u32 {
        word.len() as u32
    }
    fn name(&self) -> &str {
        "length"
    }
}

impl Scorer for VowelScorer {
    fn score(&self, word: &str) -> u32 {
        word.chars().filter(|c| "aeiou".contains(*c)).count() as u32 * self.bonus
    }
    fn name(&self) -> &str {
        "vowels"
    }
}

fn total_score<S: Scorer>(s: &S, words: &[&str]) -> u32 {
    words.iter().map(|w| s.score(w)).sum()
}

fn report(s: &dyn Scorer, words: &[&str]) {
    println!("{}: best {:?}", s.name(), s.best(words));
}

fn main() {
    let words = ["sky", "banana", "queue", "rhythm", "io"];
    let l = LengthScorer;
    let v = VowelScorer { bonus: 10 };
    println!("{} {}", total_score(&l, &words), total_score(&v, &words));
    report(&l, &words);
    report(&v, &words);
    let scorers: Vec<&dyn Scorer> = vec![&l, &v];
    for w in &words {
        let s: Vec<String> = scorers.iter().map(|s| format!("{}={}", s.name(), s.score(w))).collect();
        println!("{w:>7}: {}", s.join(" "));
    }
    let winner = scorers.iter().max_by_key(|s| total_score_dyn(**s, &words)).map(|s| s.name());
    println!("{:?}", winner);
}

fn total_score_dyn(s: &dyn Scorer, words: &[&str]) -> u32 {
    words.iter().map(|w| s.score(w)).sum()
}
