// Advent-style syntax scoring: bracket lines checked with a Vec<char> stack, an enum result, corrupted and completion scores with a median
#[derive(Debug)]
enum Check {
    Corrupted(char),
    Incomplete(Vec<char>),
    Complete,
}

const LINES: &str = "[({(<(())[]>[[{[]{<()<>>
[(()[<>])]({[<{<<[]>>(
{([(<{}[<>[]}>{[]{[(<()>
(((({<>}<{<{<>}{[]{[]{}
[[<[([]))<([[{}[[()]]]
[{[{({}]{}}([{[{{{}}([]
{<[[]]>}<{[{[{[]{()[[[]
[<(<(<(<{}))><([]([]()
<{([([[(<>()){}]>(<<{{
<{([{{}}[<[[[<>{}]]]>[]]
()[]{}<>";

fn closer(open: char) -> Option<char> {
    match open {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        '<' => Some('>'),
        _ => None,
    }
}

fn check(line: &str) -> Check {
    let mut stack = Vec::new();
    for c in line.chars() {
        if let Some(close) = closer(c) {
            stack.push(close);
        } else if stack.pop() != Some(c) {
            return Check::Corrupted(c);
        }
    }
    if stack.is_empty() {
        Check::Complete
    } else {
        stack.reverse();
        Check::Incomplete(stack)
    }
}

fn error_score(c: char) -> u64 {
    match c {
        ')' => 3,
        ']' => 57,
        '}' => 1197,
        '>' => 25137,
        _ => 0,
    }
}

fn completion_score(missing: &[char]) -> u64 {
    missing.iter().fold(0, |acc, c| acc * 5 + ")]}>".find(*c).unwrap() as u64 + 1)
}

fn main() {
    let mut corrupted = 0;
    let mut completions = Vec::new();
    for line in LINES.lines() {
        match check(line) {
            Check::Corrupted(c) => {
                println!("corrupted by {c}: {line}");
                corrupted += error_score(c);
            }
            Check::Incomplete(missing) => {
                let text: String = missing.iter().collect();
                let score = completion_score(&missing);
                println!("complete with {text} ({score})");
                completions.push(score);
            }
            Check::Complete => println!("balanced: {line}"),
        }
    }
    completions.sort_unstable();
    println!("part 1: {corrupted}");
    println!("part 2: {}", completions[completions.len() / 2]);
}
