// Option/Result combinators and error enums with ?
use std::fmt;
use std::num::ParseIntError;
#[derive(Debug)]
enum AppError { Parse(ParseIntError), Negative(i64), Empty }
impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self { AppError::Parse(e) => write!(f, "parse error: {}", e), AppError::Negative(n) => write!(f, "negative: {n}"), AppError::Empty => write!(f, "empty input") }
    }
}
impl From<ParseIntError> for AppError { fn from(e: ParseIntError) -> Self { AppError::Parse(e) } }
fn parse_pos(s: &str) -> Result<i64, AppError> {
    let s = s.trim();
    if s.is_empty() { return Err(AppError::Empty); }
    let n: i64 = s.parse()?;
    if n < 0 { Err(AppError::Negative(n)) } else { Ok(n) }
}
fn sum_all(xs: &[&str]) -> Result<i64, AppError> { let mut t = 0; for x in xs { t += parse_pos(x)?; } Ok(t) }
fn main() {
    for s in ["12", " 7 ", "-3", "", "x1"] {
        match parse_pos(s) { Ok(n) => println!("ok {n}"), Err(e) => println!("err {e} / {:?}", e) }
    }
    println!("{:?}", sum_all(&["1", "2", "3"]).ok());
    println!("{}", sum_all(&["1", "oops"]).unwrap_err());
    let o: Option<i32> = Some(4);
    println!("{:?} {:?} {:?}", o.map(|x| x * 2).filter(|x| *x > 5), o.and_then(|x| if x > 10 { Some(x) } else { None }), o.xor(None));
    println!("{} {} {}", o.map_or(0, |x| x + 1), None::<i32>.unwrap_or_default(), o.is_some_and(|x| x % 2 == 0));
    let mut cache: Option<Vec<i32>> = None;
    cache.get_or_insert_with(Vec::new).push(3);
    println!("{:?} {:?}", cache, cache.as_ref().map(|v| v.len()));
    let taken = cache.take();
    println!("{:?} {:?}", taken, cache);
    let r: Result<u8, String> = "300".parse::<u8>().map_err(|e| e.to_string());
    println!("{:?}", r);
    println!("{}", r.clone().unwrap_or_else(|e| e.len() as u8));
    println!("{:?}", Some(3).ok_or("none"));
    let v: Result<Vec<i32>, _> = ["1", "2", "x"].iter().map(|s| s.parse::<i32>()).collect();
    println!("{:?}", v.is_err());
    let w: Option<Vec<i32>> = [Some(1), Some(2)].into_iter().collect();
    println!("{:?}", w);
    let mut x = Some(5);
    if let Some(y) = x.as_mut() { *y += 1; }
    let old = x.replace(9);
    println!("{:?} {:?}", x, old);
}
