// Bracket matching with a Vec<(char, line, col)> stack: errors report line and column of the mismatch, strings skipped.
#[derive(Debug)]
enum BracketError {
    Unexpected { found: char, line: usize, col: usize },
    Mismatch { open: char, close: char, line: usize, col: usize },
    Unclosed { open: char, line: usize, col: usize },
}

fn check(src: &str) -> Result<usize, BracketError> {
    let mut stack: Vec<(char, usize, usize)> = Vec::new();
    let mut pairs = 0;
    let mut in_string = false;
    for (ln, line) in src.lines().enumerate() {
        for (col, c) in line.chars().enumerate() {
            if c == '"' {
                in_string = !in_string;
                continue;
            }
            if in_string {
                continue;
            }
            match c {
                '(' | '[' | '{' => stack.push((c, ln + 1, col + 1)),
                ')' | ']' | '}' => {
                    let expected = match c { ')' => '(', ']' => '[', _ => '{' };
                    match stack.pop() {
                        None => return Err(BracketError::Unexpected { found: c, line: ln + 1, col: col + 1 }),
                        Some((open, _, _)) if open != expected => {
                            return Err(BracketError::Mismatch { open, close: c, line: ln + 1, col: col + 1 })
                        }
                        Some(_) => pairs += 1,
                    }
                }
                _ => {}
            }
        }
    }
    match stack.pop() {
        Some((open, line, col)) => Err(BracketError::Unclosed { open, line, col }),
        None => Ok(pairs),
    }
}

fn main() {
    let sources = [
        "fn main() {\n    let v = vec![1, (2 + 3)];\n}",
        "if (a[0] == b) {\n  x = \")(\";\n}",
        "foo(bar[1)]",
        "let x = 1;\n}",
        "{\n  [\n  (\n",
        "",
    ];
    for (i, s) in sources.iter().enumerate() {
        match check(s) {
            Ok(n) => println!("#{}: balanced, {} pair(s)", i, n),
            Err(BracketError::Unclosed { open, line, col }) => {
                println!("#{}: {:?} opened at {}:{} is never closed", i, open, line, col)
            }
            Err(e) => println!("#{}: {:?}", i, e),
        }
    }
}
