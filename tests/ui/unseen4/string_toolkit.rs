// Everyday String/&str work: trimming, splitting, case, replace, char_indices, byte slicing, find.
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_palindrome(s: &str) -> bool {
    let clean: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    clean.iter().eq(clean.iter().rev())
}

fn caesar(s: &str, shift: u8) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' => (((c as u8 - b'a' + shift) % 26) + b'a') as char,
            'A'..='Z' => (((c as u8 - b'A' + shift) % 26) + b'A') as char,
            _ => c,
        })
        .collect()
}

fn main() {
    let raw = "   the QUICK brown fox   ";
    let trimmed = raw.trim();
    println!("[{}] [{}] [{}]", trimmed, raw.trim_start(), raw.trim_end());
    println!("{}", title_case(trimmed));
    println!("{}", trimmed.replace("brown", "red").to_uppercase());
    println!("{:?}", trimmed.find("QUICK"));
    println!("{:?}", trimmed.split_once(' '));
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", "k1=v1;k2=v2".split(';').map(|kv| kv.split('=').collect::<Vec<_>>()).collect::<Vec<_>>());
    for p in ["A man, a plan, a canal: Panama", "Never odd or even", "Rustacean"] {
        println!("{:?} palindrome? {}", p, is_palindrome(p));
    }
    let secret = caesar("Hello, World!", 3);
    println!("{} -> {}", secret, caesar(&secret, 23));
    let s = "crème brûlée";
    println!("{} bytes, {} chars", s.len(), s.chars().count());
    for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("  non-ascii {:?} at byte {}", c, i);
    }
    println!("{}", &s[0..4]);
    println!("{}", s.starts_with("crè"));
    let mut owned = String::from("abc");
    owned.insert(0, '>');
    owned.insert_str(1, "..");
    owned.push('!');
    println!("{owned} {:?} {:?}", owned.pop(), owned.remove(0));
    owned.truncate(3);
    println!("{owned:?} {}", owned.is_empty());
    let words: Vec<String> = "one two three".split_whitespace().map(String::from).collect();
    println!("{}", words.concat());
    println!("{}", &s[0..3]);
}
