// Text statistics: words, sentences, a syllable estimate and the Flesch reading-ease score.
fn count_syllables(word: &str) -> usize {
    let lower: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev_vowel = false;
    for &c in &lower {
        let v = is_vowel(c);
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }
    if lower.len() > 2 && lower.ends_with(&['e']) && !lower.ends_with(&['l', 'e']) && count > 1 {
        count -= 1;
    }
    count.max(1)
}

struct Stats {
    words: usize,
    sentences: usize,
    syllables: usize,
    longest: String,
}

fn analyse(text: &str) -> Stats {
    let sentences = text.split(|c| c == '.' || c == '!' || c == '?').filter(|s| !s.trim().is_empty()).count();
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let syllables = words.iter().map(|w| count_syllables(w)).sum();
    let mut longest = "";
    for w in &words {
        if w.len() > longest.len() {
            longest = w;
        }
    }
    Stats { words: words.len(), sentences, syllables, longest: longest.to_string() }
}

fn flesch(s: &Stats) -> f64 {
    206.835 - 1.015 * (s.words as f64 / s.sentences as f64) - 84.6 * (s.syllables as f64 / s.words as f64)
}

fn main() {
    let samples = [
        "The cat sat on the mat. It was happy!",
        "Rust is a language empowering everyone to build reliable and efficient software.",
        "Why? Because ownership, borrowing and lifetimes make memory safety a compile-time guarantee. Impressive.",
    ];
    for (i, text) in samples.iter().enumerate() {
        let s = analyse(text);
        println!("sample {}: {} words, {} sentences, {} syllables", i + 1, s.words, s.sentences, s.syllables);
        println!("  longest word: {} ({} letters)", s.longest, s.longest.len());
        println!("  reading ease: {:.1}", flesch(&s));
    }
    for w in ["table", "make", "beautiful", "rhythm", "queue", "a"] {
        println!("{:>10}: {}", w, count_syllables(w));
    }
}
