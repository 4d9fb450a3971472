//@ compile-fail
// A custom duration error enum derives Debug only but is printed with `{}`.
#[derive(Debug)]
enum DurationError {
    Empty,
    UnknownUnit(char),
}

fn parse(s: &str) -> Result<u64, DurationError> {
    match s.chars().last() {
        None => Err(DurationError::Empty),
        Some('s') => Ok(s[..s.len() - 1].parse().unwrap_or(0)),
        Some(c) => Err(DurationError::UnknownUnit(c)),
    }
}

fn main() {
    match parse("5x") {
        Ok(v) => println!("{}", v),
        Err(e) => println!("error: {}", e), //~ ERROR E0277
    }
}
