// Word games: pig latin with vowel clusters, acronyms from hyphenated and camel-case words, reversing each word in place.
fn pig_latin_word(word: &str) -> String {
    let lower = word.to_lowercase();
    let vowels = ['a', 'e', 'i', 'o', 'u'];
    if lower.starts_with(|c| vowels.contains(&c)) || lower.starts_with("xr") || lower.starts_with("yt") {
        return format!("{}ay", lower);
    }
    let mut split = lower.len();
    for (i, c) in lower.char_indices() {
        if vowels.contains(&c) || (c == 'y' && i > 0) {
            split = if c == 'u' && i > 0 && &lower[i - 1..i] == "q" { i + 1 } else { i };
            break;
        }
    }
    let (head, tail) = lower.split_at(split);
    format!("{}{}ay", tail, head)
}

fn pig_latin(sentence: &str) -> String {
    sentence.split_whitespace().map(pig_latin_word).collect::<Vec<_>>().join(" ")
}

fn acronym(phrase: &str) -> String {
    let mut out = String::new();
    for word in phrase.split(|c: char| c.is_whitespace() || c == '-' || c == '_') {
        let mut prev: Option<char> = None;
        for c in word.chars().filter(|c| c.is_alphabetic()) {
            let starts = match prev {
                None => true,
                Some(p) => p.is_lowercase() && c.is_uppercase(),
            };
            if starts {
                out.extend(c.to_uppercase());
            }
            prev = Some(c);
        }
    }
    out
}

fn reverse_words(s: &str) -> String {
    s.split(' ').map(|w| w.chars().rev().collect::<String>()).collect::<Vec<String>>().join(" ")
}

fn main() {
    for s in ["pig", "apple", "square", "rhythm", "yellow", "xray", "chair queen", "the quick brown fox"] {
        println!("{:<20} -> {}", s, pig_latin(s));
    }
    for p in ["Portable Network Graphics", "Ruby on Rails", "HyperText Markup Language", "Complementary metal-oxide semiconductor", "PHP: Hypertext Preprocessor", "first_in first_out"] {
        println!("{:<42} {}", p, acronym(p));
    }
    let s = "Hello wörld  from Rust";
    let r = reverse_words(s);
    println!("{:?} -> {:?}", s, r);
    println!("{}", reverse_words(&r) == s);
}
