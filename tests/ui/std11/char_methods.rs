// char: to_digit, from_digit, from_u32, is_ascii_*, case conversions, len_utf8, casts.
fn main() {
    for c in ['7', 'a', 'F', 'z', ' '] {
        println!("{:?}: to_digit(10)={:?} to_digit(16)={:?} to_digit(36)={:?}", c, c.to_digit(10), c.to_digit(16), c.to_digit(36));
    }
    println!("from_digit: {:?} {:?} {:?}", std::char::from_digit(7, 10), char::from_digit(11, 16), char::from_digit(10, 10));
    println!("from_u32: {:?} {:?} {:?}", char::from_u32(0x41), char::from_u32(0x1F600), char::from_u32(0xD800));
    let sample = "Hello, World 42!\t";
    for c in sample.chars() {
        print!("{}", if c.is_ascii_uppercase() { 'U' } else if c.is_ascii_lowercase() { 'l' }
            else if c.is_ascii_digit() { 'd' } else if c.is_ascii_punctuation() { 'p' }
            else if c.is_ascii_whitespace() { 'w' } else { '?' });
    }
    println!();
    println!("alnum {} alpha {} hex {} control {} graphic {}", 'x'.is_ascii_alphanumeric(), '1'.is_ascii_alphabetic(), 'f'.is_ascii_hexdigit(), '\n'.is_ascii_control(), '~'.is_ascii_graphic());
    println!("unicode: {} {} {} {}", 'é'.is_alphabetic(), '٣'.is_numeric(), 'Ж'.is_uppercase(), '\u{a0}'.is_whitespace());
    println!("{} {} {}", 'q'.to_ascii_uppercase(), 'Q'.to_ascii_lowercase(), 'é'.to_ascii_uppercase());
    println!("{} {}", 'a'.eq_ignore_ascii_case(&'A'), 'a'.eq_ignore_ascii_case(&'b'));
    for c in ['a', 'ß', 'ﬁ', 'İ', 'Σ'] {
        let up: String = c.to_uppercase().collect();
        let low: String = c.to_lowercase().collect();
        println!("{} -> upper {:?} ({} chars) lower {:?} ({} chars)", c, up, c.to_uppercase().count(), low, low.chars().count());
    }
    println!("{}", 'ß'.to_uppercase());
    for c in ['a', 'é', '€', '😀'] {
        println!("{} len_utf8 {} len_utf16 {} as u32 {} as u8 {}", c, c.len_utf8(), c.len_utf16(), c as u32, c as u8);
    }
    println!("{} {} {}", 65u8 as char, (b'a' + 2) as char, ('a' as u8 + 25) as char);
    let shifted: String = "abcxyz".chars().map(|c| (((c as u8 - b'a' + 3) % 26) + b'a') as char).collect();
    println!("caesar: {}", shifted);
    println!("{:?}", ('a'..='e').collect::<Vec<char>>());
    println!("{} {}", char::MAX as u32, std::char::REPLACEMENT_CHARACTER);
    println!("{}", 'Z' > 'A');
}
