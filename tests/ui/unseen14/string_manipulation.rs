// String manipulation: palindromes, capitalising, pig latin, char_indices, bytes and UTF-8 aware reversal
fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn capitalise_words(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn pig_latin(word: &str) -> String {
    let vowels = ['a', 'e', 'i', 'o', 'u'];
    let first = match word.chars().next() {
        Some(c) => c,
        None => return String::new(),
    };
    if vowels.contains(&first) {
        format!("{}-hay", word)
    } else {
        format!("{}-{}ay", &word[first.len_utf8()..], first)
    }
}

fn main() {
    for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""] {
        println!("{:?} palindrome: {}", s, is_palindrome(s));
    }
    println!("{}", capitalise_words("the quick  brown fox"));
    let sentence = "first apple under the old tree";
    let latin: Vec<String> = sentence.split_whitespace().map(pig_latin).collect();
    println!("{}", latin.join(" "));

    let word = "crème brûlée";
    println!("bytes {} chars {}", word.len(), word.chars().count());
    let reversed: String = word.chars().rev().collect();
    println!("reversed: {}", reversed);
    for (i, c) in word.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("non-ascii {:?} at byte {} ({} bytes)", c, i, c.len_utf8());
    }
    let mut s = String::from("hello");
    s.push(',');
    s.push_str(" world");
    s.insert(0, '>');
    s.insert_str(1, "> ");
    println!("{} (cap >= len: {})", s, s.capacity() >= s.len());
    println!("{}", s.replace("l", "L"));
    println!("{:?}", s.find("world"));
    println!("{:?}", s.split(',').map(str::trim).collect::<Vec<_>>());
    let csv = "name;age;;city";
    let fields: Vec<&str> = csv.split(';').collect();
    println!("{:?} {}", fields, fields.iter().filter(|f| f.is_empty()).count());
    let caesar: String = "attack at dawn".bytes().map(|b| if b.is_ascii_lowercase() { (((b - b'a') + 3) % 26 + b'a') as char } else { b as char }).collect();
    println!("{}", caesar);
    println!("{}", "ab".repeat(3).to_uppercase().starts_with("ABA"));
    let trimmed = "  padded\t\n".trim_end();
    println!("[{}] [{}]", trimmed, trimmed.trim_start());
}
