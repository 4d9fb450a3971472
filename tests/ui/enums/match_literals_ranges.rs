// match on integer literals, inclusive ranges, char ranges and the wildcard.
fn bucket(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1..=9 => "digit",
        10 | 20 | 30 => "round",
        11..=99 => "two digits",
        _ => "large",
    }
}

fn kind(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        _ => "other",
    }
}

fn main() {
    for n in [-5, 0, 7, 20, 42, 100] {
        println!("{n}: {}", bucket(n));
    }
    for c in ['q', 'Q', '5', '?'] {
        println!("{c}: {}", kind(c));
    }
}
