// Text statistics per word: vowels, consonants and the ratio, printed as an aligned table.
fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u')
}

struct WordStat<'a> {
    word: &'a str,
    vowels: usize,
    consonants: usize,
}

impl<'a> WordStat<'a> {
    fn of(word: &'a str) -> WordStat<'a> {
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        let vowels = letters.iter().filter(|&&c| is_vowel(c)).count();
        WordStat { word, vowels, consonants: letters.len() - vowels }
    }

    fn ratio(&self) -> f64 {
        let total = self.vowels + self.consonants;
        if total == 0 { 0.0 } else { self.vowels as f64 / total as f64 }
    }
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog; strength rhythms aeiou!";
    let stats: Vec<WordStat> = text
        .split(|c: char| c.is_whitespace() || c == ';' || c == '!')
        .filter(|w| !w.is_empty())
        .map(WordStat::of)
        .collect();
    println!("{:<10}|{:^5}|{:^5}|{:>6}", "word", "V", "C", "ratio");
    println!("{:-<10}+{:-^5}+{:-^5}+{:->6}", "", "", "", "");
    for s in &stats {
        println!("{:<10}|{:^5}|{:^5}|{:>6.2}", s.word, s.vowels, s.consonants, s.ratio());
    }
    let total_v: usize = stats.iter().map(|s| s.vowels).sum();
    let total_c: usize = stats.iter().map(|s| s.consonants).sum();
    println!("{:=<29}", "");
    println!("{:<10}|{:^5}|{:^5}|", "total", total_v, total_c);
    let most = stats.iter().max_by_key(|s| s.vowels).unwrap();
    let none: Vec<&str> = stats.iter().filter(|s| s.vowels == 0).map(|s| s.word).collect();
    println!("most vowels: {} ({})", most.word, most.vowels);
    println!("no vowels: {:?}", none);
}
