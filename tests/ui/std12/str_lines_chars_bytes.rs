// Iterating text: lines with \r\n and trailing newlines, split_whitespace/split_ascii_whitespace, char_indices, bytes, rev.
fn main() {
    let text = "first line\r\nsecond\n\n  third  \nlast";
    for (n, line) in text.lines().enumerate() {
        println!("{}: {:?} ({} words)", n + 1, line, line.split_whitespace().count());
    }
    println!("{}", "a\nb\n".lines().count());
    println!("{:?}", "\n".lines().collect::<Vec<_>>());
    println!("{:?}", "".lines().collect::<Vec<_>>());
    println!("{:?}", "x\r\ny\r".lines().collect::<Vec<_>>());
    println!("{:?}", " a\u{a0}b\tc ".split_whitespace().collect::<Vec<_>>());
    println!("{:?}", " a\u{a0}b\tc ".split_ascii_whitespace().collect::<Vec<_>>());
    let word = "héllo";
    for (i, c) in word.char_indices() {
        print!("{}:{} ", i, c);
    }
    println!();
    println!("{:?}", word.bytes().collect::<Vec<u8>>());
    println!("{:?}", word.bytes().rev().take(3).collect::<Vec<_>>());
    println!("{}", word.chars().rev().collect::<String>());
    println!("{:?}", word.char_indices().rev().next());
    println!("{} {}", word.len(), word.chars().count());
    let upper_count = "Hello World FOO".chars().filter(|c| c.is_uppercase()).count();
    println!("{}", upper_count);
    let longest = text.lines().max_by_key(|l| l.len()).unwrap();
    println!("{:?}", longest);
    let caps: Vec<String> = "the rust book".split(' ').map(|w| {
        let mut cs = w.chars();
        match cs.next() {
            Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
            None => String::new(),
        }
    }).collect();
    println!("{:?}", caps);
    let sum: u32 = "a1b2c3".bytes().filter(|b| b.is_ascii_digit()).map(|b| (b - b'0') as u32).sum();
    println!("{}", sum);
    let mut ci = "abc".chars();
    println!("{:?} {:?} {:?}", ci.next_back(), ci.as_str(), ci.next());
}
