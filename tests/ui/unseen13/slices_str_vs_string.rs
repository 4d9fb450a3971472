// &str slices point into a String without allocating; to_string/to_owned allocate.
fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn count_vowels(s: &str) -> usize {
    s.chars().filter(|c| "aeiouy".contains(*c)).count()
}

fn shout(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 1);
    out.push_str(&s.to_uppercase());
    out.push('!');
    out
}

fn main() {
    let sentence = String::from("la pile et le tas");
    let word = first_word(&sentence);
    println!("first word: {}", word);
    let literal = "bonjour tout le monde";
    println!("first word of literal: {}", first_word(literal));
    println!("vowels: {}", count_vowels(&sentence));
    let middle = &sentence[3..7];
    println!("middle [{}] len {}", middle, middle.len());
    let owned: String = middle.to_string();
    let owned2 = middle.to_owned();
    println!("owned {} {} cap {}", owned, owned2, owned.capacity());
    let loud = shout(word);
    println!("{} cap {}", loud, loud.capacity());
    let parts: Vec<&str> = sentence.split(' ').collect();
    println!("{} parts, last {}", parts.len(), parts[parts.len() - 1]);
    let bytes = sentence.as_bytes();
    println!("byte 0 = {}", bytes[0]);
}
