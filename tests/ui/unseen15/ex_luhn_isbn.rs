// Exercism-style validators: Luhn over reversed digits with step_by doubling, ISBN-10 with an X check digit, Option-returning helpers
fn luhn(code: &str) -> bool {
    let cleaned: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if cleaned.len() <= 1 || !cleaned.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = cleaned
        .chars()
        .rev()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

fn isbn_digits(isbn: &str) -> Option<Vec<u32>> {
    let chars: Vec<char> = isbn.chars().filter(|&c| c != '-').collect();
    if chars.len() != 10 {
        return None;
    }
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            'X' if i == 9 => Some(10),
            _ => c.to_digit(10),
        })
        .collect()
}

fn isbn_valid(isbn: &str) -> bool {
    match isbn_digits(isbn) {
        Some(ds) => ds.iter().zip((1..=10).rev()).map(|(d, w)| d * w).sum::<u32>() % 11 == 0,
        None => false,
    }
}

fn luhn_check_digit(partial: &str) -> Option<char> {
    (0..10u32)
        .map(|d| char::from_digit(d, 10).unwrap())
        .find(|&c| luhn(&format!("{partial}{c}")))
}

fn main() {
    for code in ["4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", " 0 0 ", "055a 444 285", "091"] {
        println!("luhn {:>22}: {}", format!("{code:?}"), luhn(code));
    }
    for isbn in ["3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "3-598-2X507-9", "359821507X", "3-598-21507"] {
        println!("isbn {:>15}: {}", isbn, isbn_valid(isbn));
    }
    println!("check digit for 7992739871: {:?}", luhn_check_digit("7992739871"));
    let valid = ["79927398713", "79927398710", "1234567812345670"].iter().filter(|c| luhn(c)).count();
    println!("valid cards: {valid}");
}
