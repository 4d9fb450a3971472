// String toolkit: acronyms, title case, snake_case to camelCase and back, vowel counts, and reversing words.
fn acronym(phrase: &str) -> String {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn title_case(s: &str) -> String {
    let small = ["a", "of", "the", "and", "in"];
    s.split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            if i > 0 && small.contains(&lower.as_str()) {
                lower
            } else {
                let mut chars = lower.chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => String::new(),
                }
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn snake_to_camel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut upper_next = false;
    for c in s.chars() {
        if c == '_' {
            upper_next = true;
        } else if upper_next {
            out.push(c.to_ascii_uppercase());
            upper_next = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn camel_to_snake(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.char_indices() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn vowels(s: &str) -> usize {
    s.chars().filter(|c| "aeiouAEIOU".contains(*c)).count()
}

fn main() {
    let phrases = ["Portable Network Graphics", "as soon as possible", "Complementary metal-oxide semiconductor", "  rust   "];
    for p in phrases.iter() {
        println!("{:?} -> {:?}", p, acronym(p));
    }
    for t in ["the lord OF the rings", "a tale of two cities", "war and peace"] {
        println!("{}", title_case(t));
    }
    for ident in ["max_value", "parse_http_request", "x"] {
        let camel = snake_to_camel(ident);
        let back = camel_to_snake(&camel);
        println!("{} -> {} -> {} (round trip {})", ident, camel, back, back == ident);
    }
    let sentence = "Ownership rules the borrow checker";
    let reversed: Vec<&str> = sentence.split(' ').rev().collect();
    println!("{} vowels; reversed: {}", vowels(sentence), reversed.join(" "));
    let mirrored: String = sentence.chars().rev().collect();
    println!("{}", mirrored);
    let longest = sentence.split(' ').max_by_key(|w| w.len()).unwrap();
    println!("longest word {:?} at byte {}", longest, sentence.find(longest).unwrap());
}
