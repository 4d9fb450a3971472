// Counting letters in a [usize; 26] via bytes and is_ascii_lowercase, anagram checks, iter().enumerate().filter over the array, char from index.
fn counts(s: &str) -> [usize; 26] {
    let mut c = [0usize; 26];
    for b in s.bytes().map(|b| b.to_ascii_lowercase()).filter(u8::is_ascii_lowercase) {
        c[(b - b'a') as usize] += 1;
    }
    c
}

fn main() {
    let text = "Pack my box with five dozen liquor jugs";
    let c = counts(text);
    let present: String = c.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, _)| (b'a' + i as u8) as char).collect();
    println!("{} {}", present, present.len() == 26);
    let top = c.iter().enumerate().max_by_key(|&(i, n)| (n, std::cmp::Reverse(i))).map(|(i, n)| ((b'a' + i as u8) as char, *n));
    println!("{:?}", top);
    for (a, b) in [("Listen", "Silent"), ("abc", "abd"), ("Dormitory", "dirty room")] {
        println!("{} / {}: {}", a, b, counts(a) == counts(b));
    }
    let hist: Vec<String> = c.iter().enumerate().filter(|(_, n)| **n > 1).map(|(i, n)| format!("{}={}", char::from(b'a' + i as u8), n)).collect();
    println!("{}", hist.join(" "));
    let vowels = text.chars().filter(|ch| "aeiouAEIOU".contains(*ch)).count();
    println!("vowels {}", vowels);
    let caps: Vec<char> = text.split_whitespace().filter_map(|w| w.chars().next()).map(|ch| ch.to_ascii_uppercase()).collect();
    println!("{:?}", caps);
}
