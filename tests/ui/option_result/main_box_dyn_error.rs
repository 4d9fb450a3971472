// main returning Box<dyn Error>: the ? converts a ParseIntError and main prints its Debug.
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let good: u8 = "200".parse()?;
    println!("good = {good}");
    let bad: u8 = "300".parse()?;
    println!("bad = {bad}");
    Ok(())
}
