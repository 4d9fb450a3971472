// Advent-style calibration values: first and last digit with chars().filter_map(to_digit), spelled-out digits found with starts_with
const DOC: &str = "1abc2
pqr3stu8vwx
a1b2c3d4e5f
treb7uchet
two1nine
eightwothree
abcone2threexyz
xtwone3four
4nineeightseven2
zoneight234
7pqrstsixteen";

const WORDS: [&str; 9] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

fn digits_plain(line: &str) -> Vec<u32> {
    line.chars().filter_map(|c| c.to_digit(10)).collect()
}

fn digits_spelled(line: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for i in 0..line.len() {
        let rest = &line[i..];
        if let Some(d) = rest.chars().next().and_then(|c| c.to_digit(10)) {
            out.push(d);
            continue;
        }
        if let Some(pos) = WORDS.iter().position(|w| rest.starts_with(w)) {
            out.push(pos as u32 + 1);
        }
    }
    out
}

fn calibration(digits: &[u32]) -> Option<u32> {
    Some(digits.first()? * 10 + digits.last()?)
}

fn main() {
    let mut sum1 = 0;
    let mut sum2 = 0;
    for line in DOC.lines() {
        let plain = calibration(&digits_plain(line));
        let spelled = calibration(&digits_spelled(line));
        println!("{line:<18} {:>6} {:>6}", format!("{:?}", plain), format!("{:?}", spelled));
        sum1 += plain.unwrap_or(0);
        sum2 += spelled.unwrap_or_default();
    }
    println!("part 1: {sum1}");
    println!("part 2: {sum2}");
    let longest = DOC.lines().max_by_key(|l| l.len()).unwrap();
    let shortest = DOC.lines().min_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a))).unwrap();
    println!("longest {longest}, shortest {shortest}");
}
