// char::from_digit and to_digit in several radixes, escape_default/escape_debug/escape_unicode, is_ascii_* families and ASCII case mapping.
fn main() {
    let ds: Vec<char> = (0..16).map(|d| char::from_digit(d, 16).unwrap()).collect();
    println!("{:?}", ds);
    println!("{:?} {:?} {:?}", char::from_digit(10, 10), char::from_digit(35, 36), 'z'.to_digit(36));
    for c in ['7', 'a', 'F', 'g', ' '] {
        println!("{:?}: {:?} {:?} {}", c, c.to_digit(10), c.to_digit(16), c.is_ascii_hexdigit());
    }
    for c in ['\n', '\t', '\'', '"', '\\', 'é', '\u{7f}', 'A'] {
        println!("{} | {} | {}", c.escape_default(), c.escape_debug(), c.escape_unicode());
    }
    let s: String = "Tab\there \"q\" é".chars().flat_map(|c| c.escape_default()).collect();
    println!("{}", s);
    println!("{}", "line\nnext".escape_default());
    println!("{}", "é\u{0}x".escape_debug());
    let sample = "aZ09 _!~\x7f";
    for c in sample.chars() {
        println!("{:?} alpha {} num {} punct {} graphic {} ws {} ctrl {} up {} low {}",
            c, c.is_ascii_alphabetic(), c.is_ascii_digit(), c.is_ascii_punctuation(), c.is_ascii_graphic(),
            c.is_ascii_whitespace(), c.is_ascii_control(), c.to_ascii_uppercase(), c.to_ascii_lowercase());
    }
    println!("{}", 'q'.eq_ignore_ascii_case(&'Q'));
    println!("{} {}", ('a' as u8 + 2) as char, char::from(65u8));
    println!("{:?}", char::from_u32(0x1F600).map(|c| c.len_utf8()));
    println!("{:?}", char::from_u32(0xD800));
}
