// main returning Ok(()) behaves like a plain main: exit code 0.
use std::num::ParseIntError;

fn main() -> Result<(), ParseIntError> {
    let n: i32 = "21".parse()?;
    println!("{}", n * 2);
    let m: i64 = "-4".parse()?;
    println!("{}", m * m);
    Ok(())
}
