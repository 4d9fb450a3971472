// `?` in main returning Result<(), Box<dyn Error>>, ok_or on an Option, and Option `?` in an Option function.
use std::error::Error;
fn first(v: &[i32]) -> Result<i32, String> { let x = v.first().ok_or("empty")?; Ok(*x) }
fn half(s: &str) -> Option<i32> { let n: i32 = s.parse().ok()?; Some(n / 2) }
fn main() -> Result<(), Box<dyn Error>> {
    let n: i32 = "12".parse()?;
    println!("{} {:?} {:?} {:?}", n, first(&[3]), first(&[]), half("8"));
    Ok(())
}
