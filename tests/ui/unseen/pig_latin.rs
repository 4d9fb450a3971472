// Chapter 8 exercise: convert words to pig latin.
fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u')
}

fn pig_latin(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) if is_vowel(first) => format!("{}-hay", word),
        Some(first) => format!("{}-{}ay", chars.as_str(), first),
        None => String::new(),
    }
}

fn main() {
    let sentence = "first apple banana orange strawberry";
    let converted: Vec<String> = sentence.split(' ').map(pig_latin).collect();
    println!("{}", converted.join(" "));
    let mut longest = "";
    for w in sentence.split_whitespace() {
        if w.len() > longest.len() {
            longest = w;
        }
    }
    println!("longest: {longest}");
    let upper = sentence.to_uppercase();
    println!("{}", upper);
    let caps: String = sentence
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    println!("{caps}");
    println!("{}", sentence.replace("a", "4"));
    println!("{:?}", sentence.find("banana"));
    println!("{}", sentence.starts_with("first"));
    let trimmed = "   padded   ".trim();
    println!("[{trimmed}] [{:<10}] [{:^10}] [{:>10}]", trimmed, trimmed, trimmed);
}
