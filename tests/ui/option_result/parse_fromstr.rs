// str::parse through FromStr: each primitive's error type (Display and Debug), a user's FromStr impl, and ? into Box<dyn Error>.
use std::str::FromStr;
#[derive(Debug)]
struct P(i32, i32);
impl FromStr for P {
    type Err = String;
    fn from_str(s: &str) -> Result<P, String> {
        let (a, b) = s.split_once(',').ok_or("no comma".to_string())?;
        Ok(P(a.parse().map_err(|e: std::num::ParseIntError| e.to_string())?, b.trim().parse().map_err(|_| "bad y".to_string())?))
    }
}
fn total(s: &str) -> Result<i64, Box<dyn std::error::Error>> {
    let mut t = 0;
    for w in s.split(' ') { let v: i64 = w.parse()?; t += v; }
    Ok(t)
}
fn main() {
    println!("{:?} {:?} {:?}", "1, 2".parse::<P>(), "1".parse::<P>(), P::from_str("x,2"));
    let n: u8 = "42".parse().unwrap();
    println!("{n} {:?} {}", i32::from_str("-7"), "5".parse::<i32>() == Ok(5));
    println!("{:?} {:?}", total("1 2 3"), total("1 x").map_err(|e| e.to_string()));
    let s: String = "abc".parse().unwrap();
    println!("{s}");
    let v: Vec<f64> = "1.5 2 x".split(' ').filter_map(|w| w.parse().ok()).collect();
    println!("{:?}", v);
    println!("{:?}", "3.5".parse::<f32>().map(|x| x * 2.0));
}
