// ? across From conversions into Box<dyn Error>: String and &str errors, ParseIntError, a custom Error with source(), downcast_ref.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct RangeError {
    value: i64,
    cause: Option<std::num::ParseIntError>,
}

impl fmt::Display for RangeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "value {} out of range", self.value)
    }
}

impl Error for RangeError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.cause.as_ref().map(|e| e as &(dyn Error + 'static))
    }
}

fn parse_percent(s: &str) -> Result<u8, Box<dyn Error>> {
    if s.is_empty() {
        return Err("empty input".into());
    }
    if s == "?" {
        return Err(Box::from(format!("unknown marker {:?}", s)));
    }
    let v: i64 = s.parse()?;
    if !(0..=100).contains(&v) {
        return Err(Box::new(RangeError { value: v, cause: None }));
    }
    Ok(v as u8)
}

fn wrapped(s: &str) -> Result<i64, RangeError> {
    s.parse::<i64>().map_err(|e| RangeError { value: -1, cause: Some(e) })
}

fn sum_all(items: &[&str]) -> Result<u32, Box<dyn Error>> {
    let mut total = 0u32;
    for s in items {
        total += parse_percent(s)? as u32;
    }
    Ok(total)
}

fn main() {
    for s in ["42", "", "?", "abc", "250", "100"] {
        match parse_percent(s) {
            Ok(v) => println!("{:?} ok {}", s, v),
            Err(e) => {
                let is_range = e.downcast_ref::<RangeError>().is_some();
                println!("{:?} err: {} (range error: {})", s, e, is_range);
            }
        }
    }
    println!("{:?}", sum_all(&["10", "20", "30"]).map_err(|e| e.to_string()));
    println!("{:?}", sum_all(&["10", "x"]).map_err(|e| e.to_string()));
    match wrapped("zz") {
        Ok(v) => println!("{}", v),
        Err(e) => {
            println!("{}", e);
            if let Some(src) = e.source() {
                println!("caused by: {}", src);
            }
        }
    }
    let boxed: Box<dyn Error> = From::from("plain");
    println!("{} / {:?}", boxed, boxed.to_string());
    let r: Result<(), Box<dyn Error + Send + Sync>> = Err("threadsafe".into());
    println!("{}", r.unwrap_err());
}
