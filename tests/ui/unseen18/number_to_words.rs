// Numbers to English words and back: recursive spelling by thousands, hyphenated tens, parsing words with a match table.
const ONES: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

fn spell(n: u64) -> String {
    match n {
        0..=19 => ONES[n as usize].to_string(),
        20..=99 => {
            let t = TENS[(n / 10) as usize];
            if n % 10 == 0 { t.to_string() } else { format!("{}-{}", t, ONES[(n % 10) as usize]) }
        }
        100..=999 => {
            let rest = n % 100;
            let head = format!("{} hundred", ONES[(n / 100) as usize]);
            if rest == 0 { head } else { format!("{} and {}", head, spell(rest)) }
        }
        _ => {
            let scales = [(1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];
            for (size, name) in scales {
                if n >= size {
                    let rest = n % size;
                    let head = format!("{} {}", spell(n / size), name);
                    return if rest == 0 {
                        head
                    } else if rest < 100 {
                        format!("{} and {}", head, spell(rest))
                    } else {
                        format!("{} {}", head, spell(rest))
                    };
                }
            }
            unreachable!()
        }
    }
}

fn word_value(w: &str) -> Option<u64> {
    if let Some(i) = ONES.iter().position(|&o| o == w) {
        return Some(i as u64);
    }
    TENS.iter().position(|&t| t == w && !t.is_empty()).map(|i| i as u64 * 10)
}

fn parse_words(s: &str) -> Result<u64, String> {
    let mut total = 0u64;
    let mut group = 0u64;
    for w in s.split(|c: char| c == ' ' || c == '-').filter(|w| !w.is_empty() && *w != "and") {
        match w {
            "hundred" => group *= 100,
            "thousand" => { total += group * 1000; group = 0; }
            "million" => { total += group * 1_000_000; group = 0; }
            _ => group += word_value(w).ok_or(format!("unknown word {:?}", w))?,
        }
    }
    Ok(total + group)
}

fn main() {
    for n in [0u64, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12_345, 700_000, 1_000_020, 2_147_483_647] {
        let words = spell(n);
        let back = parse_words(&words);
        println!("{:>13} {} [{}]", n, words, if back == Ok(n) { "ok" } else { "MISMATCH" });
    }
    println!("{:?}", parse_words("three hundred and twelve thousand four"));
    println!("{:?}", parse_words("eleventy one"));
}
