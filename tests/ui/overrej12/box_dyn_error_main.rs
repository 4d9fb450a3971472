// `main` returning `Result<(), Box<dyn Error>>`, `?` on different error types, a custom Error
use std::error::Error;
use std::fmt;
#[derive(Debug)]
struct TooBig(u32);
impl fmt::Display for TooBig {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} is too big", self.0)
    }
}
impl Error for TooBig {}
fn check(n: u32) -> Result<u32, TooBig> {
    if n > 100 { Err(TooBig(n)) } else { Ok(n) }
}
fn run(s: &str) -> Result<u32, Box<dyn Error>> {
    let n: u32 = s.parse()?;
    let m = check(n)?;
    Ok(m * 2)
}
fn main() -> Result<(), Box<dyn Error>> {
    for s in ["21", "abc", "500"] {
        match run(s) {
            Ok(v) => println!("ok {}", v),
            Err(e) => println!("error: {}", e),
        }
    }
    let v = run("7")?;
    println!("{}", v);
    Ok(())
}
