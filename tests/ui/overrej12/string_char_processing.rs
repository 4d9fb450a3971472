// char-level string processing: char_indices, to_digit, is_alphanumeric, rev, bytes, from_utf8
fn caesar(s: &str, k: u8) -> String {
    s.chars().map(|c| {
        if c.is_ascii_lowercase() {
            (((c as u8 - b'a' + k) % 26) + b'a') as char
        } else {
            c
        }
    }).collect()
}
fn main() {
    let s = "Hello, World 42!";
    let digits: u32 = s.chars().filter_map(|c| c.to_digit(10)).sum();
    let alnum = s.chars().filter(|c| c.is_alphanumeric()).count();
    println!("{} {}", digits, alnum);
    let rev: String = s.chars().rev().collect();
    println!("{}", rev);
    for (i, c) in s.char_indices().filter(|(_, c)| c.is_uppercase()) {
        print!("{}:{} ", i, c);
    }
    println!();
    println!("{}", caesar("abc xyz", 3));
    let upper: Vec<u8> = s.bytes().filter(|b| b.is_ascii_uppercase()).collect();
    println!("{:?} {}", upper, String::from_utf8(upper.clone()).unwrap());
    let title: String = "one two".split(' ').map(|w| {
        let mut cs = w.chars();
        match cs.next() {
            Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    println!("{}", title);
}
