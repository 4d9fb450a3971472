// Chapter 9: Result, the ? operator, custom error enums and From conversions.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AgeError {
    Parse(ParseIntError),
    Negative(i32),
    TooOld(i32),
}

impl fmt::Display for AgeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AgeError::Parse(e) => write!(f, "not a number: {}", e),
            AgeError::Negative(n) => write!(f, "{} is negative", n),
            AgeError::TooOld(n) => write!(f, "{} is too old", n),
        }
    }
}

impl From<ParseIntError> for AgeError {
    fn from(e: ParseIntError) -> Self {
        AgeError::Parse(e)
    }
}

fn parse_age(s: &str) -> Result<u8, AgeError> {
    let n: i32 = s.trim().parse()?;
    if n < 0 {
        return Err(AgeError::Negative(n));
    }
    if n > 150 {
        return Err(AgeError::TooOld(n));
    }
    Ok(n as u8)
}

fn sum_ages(inputs: &[&str]) -> Result<u32, AgeError> {
    let mut total = 0;
    for s in inputs {
        total += parse_age(s)? as u32;
    }
    Ok(total)
}

fn main() {
    for s in ["42", " 7 ", "-3", "200", "abc", ""] {
        match parse_age(s) {
            Ok(a) => println!("{s:?} -> {a}"),
            Err(e) => println!("{s:?} -> error: {e}"),
        }
    }
    println!("{:?}", sum_ages(&["1", "2", "3"]).unwrap());
    println!("{:?}", sum_ages(&["1", "x", "3"]));
    let r: Result<i32, String> = Err("boom".to_string());
    println!("{}", r.clone().unwrap_or_default());
    println!("{}", r.unwrap_or_else(|e| e.len() as i32));
    let guess: u32 = "17".parse().expect("not a number");
    println!("{guess}");
}
