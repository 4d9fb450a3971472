// A Morse code translator: an encode table as a match, a decode HashMap built from it, words split on " / ".
use std::collections::HashMap;

fn encode_char(c: char) -> Option<&'static str> {
    let code = match c.to_ascii_uppercase() {
        'A' => ".-", 'B' => "-...", 'C' => "-.-.", 'D' => "-..", 'E' => ".", 'F' => "..-.",
        'G' => "--.", 'H' => "....", 'I' => "..", 'J' => ".---", 'K' => "-.-", 'L' => ".-..",
        'M' => "--", 'N' => "-.", 'O' => "---", 'P' => ".--.", 'Q' => "--.-", 'R' => ".-.",
        'S' => "...", 'T' => "-", 'U' => "..-", 'V' => "...-", 'W' => ".--", 'X' => "-..-",
        'Y' => "-.--", 'Z' => "--..", '0'..='9' => return digit(c),
        _ => return None,
    };
    Some(code)
}

fn digit(c: char) -> Option<&'static str> {
    const DIGITS: [&str; 10] = ["-----", ".----", "..---", "...--", "....-", ".....", "-....", "--...", "---..", "----."];
    c.to_digit(10).map(|d| DIGITS[d as usize])
}

fn encode(text: &str) -> Result<String, char> {
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        let mut letters = Vec::new();
        for c in word.chars() {
            letters.push(encode_char(c).ok_or(c)?);
        }
        words.push(letters.join(" "));
    }
    Ok(words.join(" / "))
}

fn decoder() -> HashMap<&'static str, char> {
    let mut table = HashMap::new();
    for c in ('A'..='Z').chain('0'..='9') {
        if let Some(code) = encode_char(c) {
            table.insert(code, c);
        }
    }
    table
}

fn decode(morse: &str, table: &HashMap<&str, char>) -> String {
    morse
        .split(" / ")
        .map(|w| w.split(' ').map(|code| table.get(code).copied().unwrap_or('?')).collect::<String>())
        .collect::<Vec<String>>()
        .join(" ")
}

fn main() {
    let table = decoder();
    println!("table has {} codes", table.len());
    for msg in ["SOS", "Hello World", "rust 2024", "50% off"] {
        match encode(msg) {
            Ok(m) => {
                let back = decode(&m, &table);
                println!("{:<12} {} => {}", msg, m, back);
            }
            Err(c) => println!("{:<12} cannot encode {:?}", msg, c),
        }
    }
    println!("{}", decode("-- --- .-. ... . / -.-.-- / ...", &table));
    let longest = ('A'..='Z').max_by_key(|c| (encode_char(*c).unwrap().len(), *c)).unwrap();
    let dots: usize = "PARIS".chars().map(|c| encode_char(c).unwrap().matches('.').count()).sum();
    println!("longest letter code: {} ({}), dots in PARIS: {}", longest, encode_char(longest).unwrap(), dots);
}
