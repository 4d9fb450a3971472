// Luhn validation of card-like numbers: digits from chars, doubling every second digit from the right.
fn luhn(input: &str) -> Result<bool, String> {
    let cleaned: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if cleaned.len() < 2 {
        return Err(format!("too short: {:?}", input));
    }
    let mut sum = 0;
    for (i, c) in cleaned.chars().rev().enumerate() {
        let d = c.to_digit(10).ok_or_else(|| format!("bad char {:?} in {:?}", c, input))?;
        let v = if i % 2 == 1 {
            let dd = d * 2;
            if dd > 9 { dd - 9 } else { dd }
        } else {
            d
        };
        sum += v;
    }
    Ok(sum % 10 == 0)
}

fn check_digit(partial: &str) -> Option<u32> {
    (0..10).find(|d| luhn(&format!("{}{}", partial, d)) == Ok(true))
}

fn mask(card: &str) -> String {
    let digits: Vec<char> = card.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len();
    digits
        .iter()
        .enumerate()
        .map(|(i, c)| if i + 4 < n { '*' } else { *c })
        .collect::<Vec<char>>()
        .chunks(4)
        .map(|g| g.iter().collect::<String>())
        .collect::<Vec<String>>()
        .join(" ")
}

fn main() {
    let inputs = ["4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", "055 444 285", "055a 444 285", " 0 0 "];
    for s in inputs {
        match luhn(s) {
            Ok(true) => println!("{:<22} valid   {}", s, mask(s)),
            Ok(false) => println!("{:<22} invalid", s),
            Err(e) => println!("{:<22} error: {}", s, e),
        }
    }
    for p in ["7992739871", "453931950343646", "1"] {
        println!("check digit for {} is {:?}", p, check_digit(p));
    }
}
