// char: classification over ASCII and non-ASCII, to_digit/from_digit in radix 2..36, from_u32 edges, case mapping.
fn classify(c: char) -> String {
    let mut tags = Vec::new();
    if c.is_alphabetic() { tags.push("alpha"); }
    if c.is_numeric() { tags.push("num"); }
    if c.is_alphanumeric() { tags.push("alnum"); }
    if c.is_whitespace() { tags.push("ws"); }
    if c.is_control() { tags.push("ctrl"); }
    if c.is_lowercase() { tags.push("lower"); }
    if c.is_uppercase() { tags.push("upper"); }
    if c.is_ascii() { tags.push("ascii"); }
    tags.join("+")
}

fn main() {
    for c in ['a', 'Z', '5', ' ', '\t', '\u{7f}', 'é', 'Ω', '½', '中', '\u{2003}', '_'] {
        println!("{:?} -> {}", c, classify(c));
    }
    for radix in [2, 8, 10, 16, 36] {
        let digits: Vec<Option<u32>> = ['0', '1', '7', '9', 'a', 'z', 'Z'].iter().map(|c| c.to_digit(radix)).collect();
        println!("radix {:2}: {:?}", radix, digits);
    }
    let from: Vec<Option<char>> = (0..40).step_by(7).map(|d| char::from_digit(d, 36)).collect();
    println!("{:?}", from);
    println!("{:?} {:?}", char::from_digit(1, 2), char::from_digit(2, 2));
    for n in [0u32, 0x7f, 0xe9, 0xd7ff, 0xdfff, 0xe000, 0x10ffff, 0x110000] {
        match char::from_u32(n) {
            Some(c) => println!("{:#x} -> {:?} len {}", n, c, c.len_utf8()),
            None => println!("{:#x} -> invalid", n),
        }
    }
    let word = "hEllO wörld";
    let up: String = word.chars().map(|c| c.to_ascii_uppercase()).collect();
    let low: String = word.chars().map(|c| c.to_ascii_lowercase()).collect();
    println!("{} | {} | {} | {}", up, low, word.to_uppercase(), word.to_lowercase());
    println!("{} {} {}", 'é'.eq_ignore_ascii_case(&'É'), 'e'.eq_ignore_ascii_case(&'E'), "HeLLo".eq_ignore_ascii_case("hello"));
    let mut m = 'q';
    m.make_ascii_uppercase();
    let mut s = String::from("mixed Case ß");
    s.make_ascii_uppercase();
    println!("{} {} cap {}", m, s, s.capacity());
    let total: usize = "aé€😀".chars().map(|c| c.len_utf8()).sum();
    println!("utf8 total {} utf16 total {}", total, "aé€😀".chars().map(|c| c.len_utf16()).sum::<usize>());
    println!("{} {} {}", 'a'.is_digit(16), 'g'.is_digit(16), '9'.is_ascii_digit());
}
