// Exercism roman numerals both ways, a newtype with Display, and Result for invalid input.
use std::fmt;

struct Roman(u32);

const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

impl fmt::Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut n = self.0;
        let mut out = String::new();
        for &(value, symbol) in TABLE.iter() {
            while n >= value {
                out.push_str(symbol);
                n -= value;
            }
        }
        write!(f, "{}", out)
    }
}

fn value_of(c: char) -> Result<u32, String> {
    match c {
        'I' => Ok(1),
        'V' => Ok(5),
        'X' => Ok(10),
        'L' => Ok(50),
        'C' => Ok(100),
        'D' => Ok(500),
        'M' => Ok(1000),
        other => Err(format!("bad digit '{}'", other)),
    }
}

fn parse_roman(s: &str) -> Result<u32, String> {
    if s.is_empty() {
        return Err(String::from("empty numeral"));
    }
    let values: Vec<u32> = s.chars().map(value_of).collect::<Result<_, _>>()?;
    let mut total = 0;
    for i in 0..values.len() {
        if i + 1 < values.len() && values[i] < values[i + 1] {
            total -= values[i] as i64;
        } else {
            total += values[i] as i64;
        }
    }
    Ok(total as u32)
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        let r = Roman(n);
        let text = r.to_string();
        let back = parse_roman(&text).unwrap();
        println!("{:>4} -> {:<12} -> {}", n, text, back);
        assert_eq!(back, n);
    }
    for s in ["MCMXC", "XLII", "", "XIZ", "iv"] {
        match parse_roman(s) {
            Ok(v) => println!("{:?} = {}", s, v),
            Err(e) => println!("{:?}: error: {}", s, e),
        }
    }
    println!("width test: [{:>8}] [{:<8}]", Roman(8).to_string(), Roman(3).to_string());
}
