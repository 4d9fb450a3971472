// From impls used by `into()` and by `?` converting errors
use std::fmt;
use std::num::ParseIntError;
#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
}
impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}
impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Negative(n) => write!(f, "negative: {}", n),
        }
    }
}
struct Celsius(f64);
struct Fahrenheit(f64);
impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}
fn parse_pos(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}
fn main() {
    for s in ["12", " -4", "x1"] {
        match parse_pos(s) {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("{}", e),
        }
    }
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{}", f.0);
    let s: String = 'x'.into();
    let n: i64 = 7i32.into();
    let b: Box<str> = "boxed".into();
    println!("{} {} {}", s, n, b);
}
