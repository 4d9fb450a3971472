// Error handling: Result, ? operator, custom error enum with Display, map_err, main returning Result.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Empty,
    BadNumber(ParseIntError),
    Negative(i64),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Empty => write!(f, "empty input"),
            AppError::BadNumber(e) => write!(f, "bad number: {e}"),
            AppError::Negative(n) => write!(f, "negative: {n}"),
        }
    }
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::BadNumber(e)
    }
}

fn parse_positive(s: &str) -> Result<i64, AppError> {
    let t = s.trim();
    if t.is_empty() {
        return Err(AppError::Empty);
    }
    let n: i64 = t.parse()?;
    if n < 0 {
        Err(AppError::Negative(n))
    } else {
        Ok(n)
    }
}

fn sum_all(items: &[&str]) -> Result<i64, AppError> {
    let mut total = 0;
    for it in items {
        total += parse_positive(it)?;
    }
    Ok(total)
}

fn main() -> Result<(), String> {
    for s in ["42", " 7 ", "", "abc", "-5", "99999999999"] {
        match parse_positive(s) {
            Ok(n) => println!("{s:?} -> {n}"),
            Err(e) => println!("{s:?} -> error: {e}"),
        }
    }
    println!("{:?}", sum_all(&["1", "2", "3"]).map_err(|e| e.to_string()));
    println!("{:?}", sum_all(&["1", "x", "3"]).map_err(|e| e.to_string()));
    let r: Result<u8, _> = "300".parse::<u8>();
    println!("{:?}", r);
    let v = "12".parse::<i32>().unwrap_or(0) + "zz".parse::<i32>().unwrap_or(-1);
    println!("{v}");
    let last = sum_all(&["4", "-1"]).map_err(|e| format!("failed: {e}"))?;
    println!("unreachable {last}");
    Ok(())
}
