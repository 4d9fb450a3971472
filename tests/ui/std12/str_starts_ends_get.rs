// starts_with/ends_with with char arrays and closures, is_char_boundary, get with ranges, byte slices of str.
fn main() {
    let s = "Hello, wörld!";
    println!("{} {} {}", s.starts_with('H'), s.starts_with(['h', 'H']), s.starts_with(char::is_lowercase));
    println!("{} {} {}", s.ends_with('!'), s.ends_with("ld!"), s.ends_with(|c: char| c.is_ascii_punctuation()));
    println!("{} {}", s.starts_with(""), "".starts_with("a"));
    for i in [0, 7, 8, 9, 10, 13, 14] {
        println!("boundary {} {}", i, s.is_char_boundary(i));
    }
    println!("{:?} {:?} {:?}", s.get(0..5), s.get(8..9), s.get(7..10));
    println!("{:?} {:?}", s.get(..), s.get(20..));
    println!("{:?}", s.get(7..).map(|t| t.len()));
    println!("{:?}", &s.as_bytes()[..5]);
    let mut owned = String::from("abc");
    if let Some(part) = owned.get_mut(1..2) {
        part.make_ascii_uppercase();
    }
    println!("{}", owned);
    let prefixes = ["http://", "https://", "ftp://"];
    for url in ["https://rust-lang.org", "ftp://x", "mailto:me"] {
        let p = prefixes.iter().find(|p| url.starts_with(*p));
        println!("{} -> {:?}", url, p);
    }
    let first_char = s.chars().next().unwrap();
    let last_char = s.chars().last().unwrap();
    println!("{} {}", first_char, last_char);
    println!("{:?}", s.split_at(7));
    println!("{:?}", s.split_at_checked(9));
    println!("{:?}", s.split_at_checked(8).map(|(a, b)| (a.len(), b.len())));
}
