// Roman numerals both ways: encoding with a table of pairs, decoding with subtractive pairs, and a round trip.
const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for &(value, sym) in TABLE.iter() {
        while n >= value {
            out.push_str(sym);
            n -= value;
        }
    }
    out
}

fn digit(c: char) -> Result<u32, String> {
    Ok(match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        other => return Err(format!("'{}' is not a roman digit", other)),
    })
}

fn from_roman(s: &str) -> Result<u32, String> {
    let values = s.chars().map(digit).collect::<Result<Vec<u32>, String>>()?;
    let mut total = 0;
    for (i, &v) in values.iter().enumerate() {
        match values.get(i + 1) {
            Some(&next) if next > v => total -= v as i64,
            _ => total += v as i64,
        }
    }
    if total <= 0 {
        return Err(String::from("empty numeral"));
    }
    let total = total as u32;
    if to_roman(total) != s {
        return Err(format!("{} is not canonical (expected {})", s, to_roman(total)));
    }
    Ok(total)
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        println!("{:>4} = {}", n, to_roman(n));
    }
    for s in ["XLII", "MCMXCIV", "IIII", "IC", "ABC", "", "MMXXVI"] {
        match from_roman(s) {
            Ok(n) => println!("{:<8} -> {}", s, n),
            Err(e) => println!("{:<8} -> error: {}", s, e),
        }
    }
    let all_ok = (1..=3999).all(|n| from_roman(&to_roman(n)) == Ok(n));
    println!("round trip 1..=3999: {}", all_ok);
    let longest = (1..=3999).max_by_key(|&n| to_roman(n).len()).unwrap();
    println!("longest numeral: {} = {}", longest, to_roman(longest));
}
