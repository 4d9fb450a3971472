// Roman numerals both ways: const tables, char matching, Result errors, round trips.
const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn to_roman(mut n: u32) -> Option<String> {
    if n == 0 || n > 3999 {
        return None;
    }
    let mut out = String::new();
    for &(value, sym) in TABLE.iter() {
        while n >= value {
            out.push_str(sym);
            n -= value;
        }
    }
    Some(out)
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
        other => return Err(format!("bad numeral {:?}", other)),
    })
}

fn from_roman(s: &str) -> Result<u32, String> {
    let values: Vec<u32> = s.chars().map(digit).collect::<Result<_, _>>()?;
    let mut total = 0;
    for i in 0..values.len() {
        let v = values[i];
        match values.get(i + 1) {
            Some(&next) if next > v => total -= v as i64,
            _ => total += v as i64,
        }
    }
    if total <= 0 {
        return Err(String::from("not a positive number"));
    }
    Ok(total as u32)
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000] {
        match to_roman(n) {
            Some(r) => println!("{:>4} -> {}", n, r),
            None => println!("{:>4} -> out of range", n),
        }
    }
    for s in ["MCMXCIV", "XLII", "iv", "MMXXVI", "IIII", "ABC"] {
        println!("{:<8} => {:?}", s, from_roman(s));
    }
    let ok = (1..=3999).all(|n| from_roman(&to_roman(n).unwrap()) == Ok(n));
    println!("round trip 1..=3999: {}", ok);
    let longest = (1..=3999).map(|n| to_roman(n).unwrap()).max_by_key(|s| s.len()).unwrap();
    println!("longest numeral: {} ({} letters)", longest, longest.len());
}
