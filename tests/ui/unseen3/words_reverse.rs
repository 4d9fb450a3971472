// String processing: chars, bytes, split_whitespace, rev, char_indices and building Strings.
fn reverse_words(s: &str) -> String {
    s.split_whitespace().rev().collect::<Vec<&str>>().join(" ")
}

fn reverse_each(s: &str) -> String {
    let mut out = String::new();
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.extend(w.chars().rev());
    }
    out
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let n = cleaned.len();
    (0..n / 2).all(|i| cleaned[i] == cleaned[n - 1 - i])
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        None => String::new(),
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
    }
}

fn main() {
    let text = "  the quick  brown fox   jumps ";
    println!("[{}]", reverse_words(text));
    println!("[{}]", reverse_each(text));
    println!("[{}]", text.trim());
    let titled: Vec<String> = text.split_whitespace().map(capitalize).collect();
    println!("{:?}", titled);

    for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"] {
        println!("{:?} palindrome? {}", s, is_palindrome(s));
    }

    let word = "héllo";
    println!("len {} chars {}", word.len(), word.chars().count());
    for (i, c) in word.char_indices() {
        print!("{i}:{c} ");
    }
    println!();
    let bytes: Vec<u8> = "abc".bytes().collect();
    println!("{:?}", bytes);
    let sum: u32 = "hello".bytes().map(|b| b as u32).sum();
    println!("byte sum {sum}");
    let upper = text.to_uppercase();
    println!("{}", upper.trim_start());
    let vowels = text.chars().filter(|c| "aeiou".contains(*c)).count();
    println!("vowels {vowels}");
    let replaced = text.trim().replace("fox", "cat");
    println!("{replaced}");
    println!("starts {} ends {}", replaced.starts_with("the"), replaced.ends_with("jumps"));
}
