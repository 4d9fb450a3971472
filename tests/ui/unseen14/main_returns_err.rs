// main returning Result: a validation pipeline with ? and a custom Debug-printed error (exit 1)
use std::fmt;

enum AppError {
    Empty,
    TooLong(usize),
    BadChar(char, usize),
}

impl fmt::Debug for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Empty => write!(f, "username is empty"),
            AppError::TooLong(n) => write!(f, "username has {} characters (max 8)", n),
            AppError::BadChar(c, i) => write!(f, "invalid character {:?} at {}", c, i),
        }
    }
}

fn validate(name: &str) -> Result<String, AppError> {
    if name.is_empty() {
        return Err(AppError::Empty);
    }
    let count = name.chars().count();
    if count > 8 {
        return Err(AppError::TooLong(count));
    }
    if let Some((i, c)) = name.char_indices().find(|(_, c)| !c.is_ascii_alphanumeric()) {
        return Err(AppError::BadChar(c, i));
    }
    Ok(name.to_lowercase())
}

fn register(names: &[&str]) -> Result<Vec<String>, AppError> {
    let mut out = Vec::new();
    for n in names {
        let v = validate(n)?;
        println!("registered {}", v);
        out.push(v);
    }
    Ok(out)
}

fn main() -> Result<(), AppError> {
    for bad in ["", "averyverylongname", "bob!"] {
        if let Err(e) = validate(bad) {
            println!("{:?} -> {:?}", bad, e);
        }
    }
    let first = register(&["Alice", "BOB"])?;
    println!("first batch: {:?}", first);
    let second = register(&["carol", "dave_9", "erin"])?;
    println!("second batch: {:?}", second);
    Ok(())
}
