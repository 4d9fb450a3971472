// Parses "HH:MM" times and "HH:MM-HH:MM" shifts with split_once, parse and ?, summing shift minutes.
use std::fmt;

#[derive(Debug, PartialEq)]
enum TimeError {
    MissingColon,
    NotANumber(String),
    OutOfRange(u32, u32),
    Backwards,
}

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeError::MissingColon => write!(f, "missing ':'"),
            TimeError::NotANumber(s) => write!(f, "{:?} is not a number", s),
            TimeError::OutOfRange(h, m) => write!(f, "{}:{} is out of range", h, m),
            TimeError::Backwards => write!(f, "shift ends before it starts"),
        }
    }
}

fn num(s: &str) -> Result<u32, TimeError> {
    s.trim().parse::<u32>().map_err(|_| TimeError::NotANumber(s.to_string()))
}

fn parse_time(s: &str) -> Result<u32, TimeError> {
    let (h, m) = s.split_once(':').ok_or(TimeError::MissingColon)?;
    let (h, m) = (num(h)?, num(m)?);
    if h > 23 || m > 59 {
        return Err(TimeError::OutOfRange(h, m));
    }
    Ok(h * 60 + m)
}

fn parse_shift(s: &str) -> Result<u32, TimeError> {
    let (a, b) = s.split_once('-').ok_or(TimeError::MissingColon)?;
    let start = parse_time(a)?;
    let end = parse_time(b)?;
    if end < start {
        Err(TimeError::Backwards)
    } else {
        Ok(end - start)
    }
}

fn main() {
    let shifts = ["09:00-17:30", "22:00-23:59", "8:15-12:00", "10:00-09:00", "12-14", "07:60-08:00", "ab:00-10:00"];
    let mut total = 0;
    let mut errors = Vec::new();
    for s in shifts {
        match parse_shift(s) {
            Ok(mins) => {
                total += mins;
                println!("{:<14} {:>3}h{:02}m", s, mins / 60, mins % 60);
            }
            Err(e) => {
                println!("{:<14} error: {}", s, e);
                errors.push(e);
            }
        }
    }
    println!("worked {}h{:02}m, {} bad lines", total / 60, total % 60, errors.len());
    println!("first error: {:?}", errors.first());
    println!("{:?}", parse_time("23:59").and_then(|a| parse_time("00:01").map(|b| a - b)));
}
