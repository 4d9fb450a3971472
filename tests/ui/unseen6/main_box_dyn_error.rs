// main returns Result<(), Box<dyn Error>>: a custom error type, From conversions through `?`, then Err exits 1.
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
struct RangeError {
    field: &'static str,
    value: i32,
}

impl fmt::Display for RangeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} out of range: {}", self.field, self.value)
    }
}

impl Error for RangeError {}

fn parse_time(s: &str) -> Result<(i32, i32), Box<dyn Error>> {
    let (h, m) = s.split_once(':').ok_or("missing ':'")?;
    let h: i32 = h.parse()?;
    let m: i32 = m.parse()?;
    if !(0..24).contains(&h) {
        return Err(Box::new(RangeError { field: "hour", value: h }));
    }
    if !(0..60).contains(&m) {
        return Err(RangeError { field: "minute", value: m }.into());
    }
    Ok((h, m))
}

fn minutes(s: &str) -> Result<i32, ParseIntError> {
    let n: i32 = s.trim().parse()?;
    Ok(n * 60)
}

fn main() -> Result<(), Box<dyn Error>> {
    for s in ["09:30", "23:59", "24:00", "12:75", "noon", "7:x"] {
        match parse_time(s) {
            Ok((h, m)) => println!("{:>6} -> {:02}h{:02}", s, h, m),
            Err(e) => println!("{:>6} -> error: {}", s, e),
        }
    }
    println!("{:?}", minutes(" 3 "));
    println!("{:?}", minutes("three").map_err(|e| e.to_string()));
    let (h, m) = parse_time("18:05")?;
    println!("meeting at {}:{:02}", h, m);
    let late = minutes("1.5")?;
    println!("never printed {}", late);
    Ok(())
}
