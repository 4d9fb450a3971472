// `?` on a helper returning Result<_, Box<dyn Error>> called with a &str parameter: the boxed error is 'static, it borrows nothing.
use std::error::Error;

fn parse_number(text: &str) -> Result<i64, Box<dyn Error>> {
    let n: i64 = text.trim().parse()?;
    Ok(n)
}

fn parse_pair(line: &str) -> Result<(String, i64), Box<dyn Error>> {
    let (key, value) = line.split_once('=').ok_or("missing '='")?;
    let n = parse_number(value)?;
    Ok((key.trim().to_string(), n))
}

fn total(text: &str) -> Result<i64, Box<dyn Error>> {
    let mut sum = 0;
    for line in text.lines() {
        let (_, n) = parse_pair(line)?;
        sum += n;
    }
    Ok(sum)
}

fn main() {
    for input in ["a = 1\nb = 2", "x = 40\ny = 2\nz = -5"] {
        match total(input) {
            Ok(n) => println!("total {}", n),
            Err(e) => println!("error: {}", e),
        }
    }
}
