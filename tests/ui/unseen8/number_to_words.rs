// Spelling numbers in English words: recursion over thousands groups, match on ranges and slices of &str.
const ONES: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [&str; 4] = ["", "thousand", "million", "billion"];

fn below_thousand(n: u64) -> String {
    match n {
        0..=19 => ONES[n as usize].to_string(),
        20..=99 => {
            let t = TENS[(n / 10) as usize];
            if n % 10 == 0 { t.to_string() } else { format!("{}-{}", t, ONES[(n % 10) as usize]) }
        }
        _ => {
            let rest = n % 100;
            let head = format!("{} hundred", ONES[(n / 100) as usize]);
            if rest == 0 { head } else { head + " and " + &below_thousand(rest) }
        }
    }
}

fn spell(n: u64) -> String {
    if n == 0 {
        return "zero".to_string();
    }
    let mut groups = Vec::new();
    let mut m = n;
    while m > 0 {
        groups.push(m % 1000);
        m /= 1000;
    }
    let mut parts: Vec<String> = Vec::new();
    for (i, g) in groups.iter().enumerate().rev() {
        if *g == 0 {
            continue;
        }
        let mut p = below_thousand(*g);
        if !SCALES[i].is_empty() {
            p.push(' ');
            p.push_str(SCALES[i]);
        }
        parts.push(p);
    }
    parts.join(", ")
}

fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

fn main() {
    for n in [0, 7, 13, 40, 42, 100, 101, 999, 1000, 1_001, 20_020, 512_300, 7_000_001, 1_234_567_890] {
        println!("{:>13} {}", n, spell(n));
    }
    let places: Vec<String> = [1u64, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 123]
        .iter()
        .map(|n| format!("{}{}", n, ordinal_suffix(*n)))
        .collect();
    println!("{}", places.join(" "));
    let longest = (1..=100u64).max_by_key(|n| spell(*n).len()).unwrap();
    println!("longest name below 101: {} ({})", longest, spell(longest));
    let letters: usize = (1..=20u64).map(|n| spell(n).chars().filter(|c| c.is_alphabetic()).count()).sum();
    println!("letters in one..twenty: {}", letters);
}
