// Exercism-style Roman numerals: a Roman newtype with Display built from a value table, parsing back with a peekable char iterator
use std::fmt;

const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

struct Roman(u32);

impl fmt::Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut n = self.0;
        for &(value, letters) in TABLE.iter() {
            while n >= value {
                f.write_str(letters)?;
                n -= value;
            }
        }
        Ok(())
    }
}

fn value(c: char) -> Option<u32> {
    Some(match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => return None,
    })
}

fn parse_roman(s: &str) -> Option<u32> {
    let mut total = 0;
    let mut it = s.chars().map(value).peekable();
    while let Some(v) = it.next() {
        let v = v?;
        match it.peek() {
            Some(Some(next)) if *next > v => total -= v as i32,
            _ => total += v as i32,
        }
    }
    u32::try_from(total).ok()
}

fn main() {
    for n in [1, 2, 3, 4, 9, 14, 27, 48, 59, 93, 141, 402, 575, 911, 1024, 1990, 2024, 3999] {
        let r = Roman(n).to_string();
        let back = parse_roman(&r);
        println!("{n:>4} = {r:<12} -> {:?}", back);
        assert_eq!(back, Some(n));
    }
    println!("bad: {:?}", parse_roman("MCMZ"));
    let longest = (1..=100).map(|n| Roman(n).to_string()).max_by_key(|s| s.len()).unwrap();
    println!("longest up to 100: {longest}");
    let total: u32 = ["XIV", "XLII", "MMXXIV"].iter().filter_map(|s| parse_roman(s)).sum();
    println!("sum: {} = {}", total, Roman(total));
}
