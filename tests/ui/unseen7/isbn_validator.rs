// ISBN-10 and ISBN-13 validation: chars filtered, to_digit, weighted sums with enumerate, conversion 10 -> 13.
fn digits_of(isbn: &str) -> Option<Vec<u32>> {
    let cleaned: Vec<char> = isbn.chars().filter(|c| *c != '-' && *c != ' ').collect();
    let mut out = Vec::new();
    for (i, c) in cleaned.iter().enumerate() {
        match c.to_digit(10) {
            Some(d) => out.push(d),
            None if *c == 'X' && i == 9 && cleaned.len() == 10 => out.push(10),
            None => return None,
        }
    }
    Some(out)
}

fn valid10(d: &[u32]) -> bool {
    d.len() == 10 && d.iter().enumerate().map(|(i, x)| (10 - i as u32) * x).sum::<u32>() % 11 == 0
}

fn valid13(d: &[u32]) -> bool {
    d.len() == 13
        && d.iter().enumerate().map(|(i, x)| if i % 2 == 0 { *x } else { 3 * x }).sum::<u32>() % 10 == 0
}

fn to13(d: &[u32]) -> String {
    let mut body: Vec<u32> = vec![9, 7, 8];
    body.extend_from_slice(&d[..9]);
    let sum: u32 = body.iter().enumerate().map(|(i, x)| if i % 2 == 0 { *x } else { 3 * x }).sum();
    body.push((10 - sum % 10) % 10);
    body.iter().map(|x| char::from_digit(*x, 10).unwrap()).collect()
}

fn main() {
    let inputs = [
        "3-598-21508-8",
        "3-598-21507-X",
        "3-598-21508-9",
        "359821507X",
        "978-0-306-40615-7",
        "978-0-306-40615-6",
        "3-598-2X507-9",
        "0 306 40615 2",
    ];
    for isbn in inputs {
        let verdict = match digits_of(isbn) {
            Some(d) if d.len() == 10 && valid10(&d) => format!("valid ISBN-10, as 13: {}", to13(&d)),
            Some(d) if valid13(&d) => String::from("valid ISBN-13"),
            Some(d) => format!("invalid checksum ({} digits)", d.len()),
            None => String::from("malformed"),
        };
        println!("{:<20} {}", isbn, verdict);
    }
    let check: u32 = "0306406152".chars().filter_map(|c| c.to_digit(10)).sum();
    println!("digit sum {}", check);
}
