// Parsing durations like "1h30m15s" into seconds with a custom error type; main returns Result and fails on bad input.
use std::fmt;

#[derive(Debug, PartialEq)]
enum DurationError {
    Empty,
    MissingNumber(char),
    UnknownUnit(char),
    TrailingNumber(u64),
}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DurationError::Empty => write!(f, "empty duration"),
            DurationError::MissingNumber(u) => write!(f, "unit '{}' without a number", u),
            DurationError::UnknownUnit(u) => write!(f, "unknown unit '{}'", u),
            DurationError::TrailingNumber(n) => write!(f, "number {} without a unit", n),
        }
    }
}

fn parse_duration(s: &str) -> Result<u64, DurationError> {
    if s.trim().is_empty() {
        return Err(DurationError::Empty);
    }
    let mut total = 0u64;
    let mut number: Option<u64> = None;
    for c in s.trim().chars() {
        if let Some(d) = c.to_digit(10) {
            number = Some(number.unwrap_or(0) * 10 + d as u64);
            continue;
        }
        let n = number.take().ok_or(DurationError::MissingNumber(c))?;
        let factor = match c {
            'd' => 86_400,
            'h' => 3_600,
            'm' => 60,
            's' => 1,
            other => return Err(DurationError::UnknownUnit(other)),
        };
        total += n * factor;
    }
    match number {
        Some(n) => Err(DurationError::TrailingNumber(n)),
        None => Ok(total),
    }
}

fn format_secs(mut s: u64) -> String {
    let mut out = String::new();
    for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)] {
        if s >= size {
            out += &format!("{}{}", s / size, unit);
            s %= size;
        }
    }
    if out.is_empty() { "0s".to_string() } else { out }
}

fn main() -> Result<(), DurationError> {
    for input in ["1h30m15s", "90m", "2d3s", "45s", "3600s", " 7m "] {
        let secs = parse_duration(input)?;
        println!("{:>10} = {:>6} s = {}", format!("{:?}", input), secs, format_secs(secs));
    }
    for bad in ["", "h", "5x", "12m7"] {
        match parse_duration(bad) {
            Ok(v) => println!("{:?} unexpectedly ok: {}", bad, v),
            Err(e) => println!("{:?}: {}", bad, e),
        }
    }
    let total: u64 = ["10m", "25m", "1h5m"].iter().map(|d| parse_duration(d)).collect::<Result<Vec<_>, _>>()?.iter().sum();
    println!("playlist length {}", format_secs(total));
    let timeout = parse_duration("30q")?;
    println!("never printed {}", timeout);
    Ok(())
}
