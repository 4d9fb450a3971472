// Checks brackets with a Vec used as a stack; errors carry the column, reported through `?`.
#[derive(Debug, PartialEq)]
enum BracketError {
    Unexpected { found: char, at: usize },
    Mismatch { open: char, close: char, at: usize },
    Unclosed { open: char, at: usize },
}

fn partner(close: char) -> char {
    match close {
        ')' => '(',
        ']' => '[',
        '}' => '{',
        _ => unreachable!(),
    }
}

fn check(text: &str) -> Result<usize, BracketError> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut deepest = 0;
    for (at, ch) in text.chars().enumerate() {
        match ch {
            '(' | '[' | '{' => {
                stack.push((ch, at));
                deepest = deepest.max(stack.len());
            }
            ')' | ']' | '}' => {
                let (open, _) = stack.pop().ok_or(BracketError::Unexpected { found: ch, at })?;
                if open != partner(ch) {
                    return Err(BracketError::Mismatch { open, close: ch, at });
                }
            }
            _ => {}
        }
    }
    match stack.pop() {
        Some((open, at)) => Err(BracketError::Unclosed { open, at }),
        None => Ok(deepest),
    }
}

fn describe(text: &str) -> String {
    match check(text) {
        Ok(0) => String::from("no brackets"),
        Ok(d) => format!("balanced, depth {}", d),
        Err(BracketError::Unexpected { found, at }) => format!("unexpected '{}' at {}", found, at),
        Err(BracketError::Mismatch { open, close, at }) => {
            format!("'{}' closed by '{}' at {}", open, close, at)
        }
        Err(BracketError::Unclosed { open, at }) => format!("'{}' opened at {} never closed", open, at),
    }
}

fn count_valid(lines: &[&str]) -> Result<usize, BracketError> {
    let mut total = 0;
    for line in lines {
        total += check(line)?;
    }
    Ok(total)
}

fn main() {
    let samples = [
        "fn main() { let v = vec![1, 2]; }",
        "((a + b) * [c - {d}])",
        "plain words",
        "(]",
        "x)",
        "{[()]}{",
    ];
    for s in samples.iter() {
        println!("{:<36} -> {}", format!("{:?}", s), describe(s));
    }
    println!("{:?}", count_valid(&samples[..3]));
    println!("{:?}", count_valid(&samples));
    assert_eq!(check("[]"), Ok(1));
    println!("done");
}
