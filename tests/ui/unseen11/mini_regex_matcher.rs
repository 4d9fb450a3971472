// A tiny regex matcher supporting ^, $, . and * (Kernighan and Pike's design) over byte slices.
fn match_here(re: &[u8], text: &[u8]) -> bool {
    match re {
        [] => true,
        [c, b'*', rest @ ..] => match_star(*c, rest, text),
        [b'$'] => text.is_empty(),
        [c, rest @ ..] => match text.split_first() {
            Some((t, trest)) if *c == b'.' || c == t => match_here(rest, trest),
            _ => false,
        },
    }
}

fn match_star(c: u8, re: &[u8], text: &[u8]) -> bool {
    let mut i = 0;
    loop {
        if match_here(re, &text[i..]) {
            return true;
        }
        if i < text.len() && (text[i] == c || c == b'.') {
            i += 1;
        } else {
            return false;
        }
    }
}

fn is_match(re: &str, text: &str) -> bool {
    let re = re.as_bytes();
    let text = text.as_bytes();
    if let Some((b'^', rest)) = re.split_first() {
        return match_here(rest, text);
    }
    (0..=text.len()).any(|i| match_here(re, &text[i..]))
}

fn main() {
    let cases = [
        ("abc", "xxabcxx"),
        ("^abc", "xxabc"),
        ("abc$", "xxabc"),
        ("a.c", "abc"),
        ("a*b", "aaab"),
        ("^a*b$", "b"),
        ("colou*r", "color"),
        ("^.*$", ""),
        ("x.*y", "x and then y"),
        ("x.*y$", "x and then yz"),
    ];
    let mut hits = 0;
    for (re, text) in cases.iter() {
        let m = is_match(re, text);
        if m {
            hits += 1;
        }
        println!("{:<10} ~ {:<16} {}", re, format!("{:?}", text), if m { "match" } else { "-" });
    }
    println!("{}/{} matched", hits, cases.len());
    let log = ["error: disk full", "warn: slow", "error: timeout", "info: ok"];
    let errors: Vec<&&str> = log.iter().filter(|l| is_match("^error: .*t", l)).collect();
    println!("{:?}", errors);
}
