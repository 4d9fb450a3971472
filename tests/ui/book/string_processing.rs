// Collections/strings: char_indices, split_once, parse, trim_matches, lines, to_owned, format widths.
fn parse_kv(line: &str) -> Option<(&str, i32)> {
    let (k, v) = line.split_once('=')?;
    Some((k.trim(), v.trim().parse().ok()?))
}

fn caesar(s: &str, shift: u8) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                (((c as u8 - b'a' + shift) % 26) + b'a') as char
            } else if c.is_ascii_uppercase() {
                (((c as u8 - b'A' + shift) % 26) + b'A') as char
            } else {
                c
            }
        })
        .collect()
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn main() {
    let config = "width = 30\nheight=12\n bad line \ndepth = x\n";
    for line in config.lines() {
        match parse_kv(line) {
            Some((k, v)) => println!("{k:>8} => {v:<4}|"),
            None => println!("skip {:?}", line),
        }
    }
    let secret = caesar("Hello, World!", 3);
    println!("{secret} -> {}", caesar(&secret, 23));
    for s in ["A man, a plan, a canal: Panama", "rustacean", "No lemon, no melon"] {
        println!("{s:?} palindrome? {}", is_palindrome(s));
    }
    let word = "héllo wörld";
    for (i, c) in word.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("non-ascii {c} at byte {i}");
    }
    println!("{}", "xxabcxx".trim_matches('x'));
    println!("{}", "--flag".trim_start_matches('-'));
    println!("{:?}", "one two  three".split(' ').collect::<Vec<_>>());
    println!("{:?}", "a-b_c".split(|c| c == '-' || c == '_').collect::<Vec<_>>());
    let owned: String = "slice".to_owned();
    let mut chars: Vec<char> = owned.chars().collect();
    chars.sort();
    chars.dedup();
    println!("{}", chars.iter().collect::<String>());
    println!("{:?} {:?}", "abc".char_indices().last(), "".chars().next());
    println!("{}", "Title Case Me".split(' ').map(|w| w.to_lowercase()).collect::<Vec<_>>().join("_"));
    let n: u64 = "18446744073709551615".parse().unwrap();
    println!("{} {:?}", n, "-1".parse::<u64>().is_err());
    let mut s = String::from("hello");
    s.insert(0, '>');
    s.insert_str(1, "> ");
    println!("{s} {:?} {}", s.pop(), s);
    s.truncate(3);
    println!("[{s}] {}", s.is_empty());
}
