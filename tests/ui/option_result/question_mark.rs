// The ? operator returns early with the error, converting it with From.
#[derive(Debug)]
enum AppError {
    Parse(std::num::ParseIntError),
    Negative(i64),
}

impl From<std::num::ParseIntError> for AppError {
    fn from(e: std::num::ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

fn parse_positive(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}

fn sum_all(items: &[&str]) -> Result<i64, AppError> {
    let mut total = 0;
    for it in items {
        total += parse_positive(it)?;
    }
    Ok(total)
}

fn main() {
    println!("{:?}", sum_all(&["1", " 2", "3 "]));
    println!("{:?}", sum_all(&["1", "-2", "x"]));
    println!("{:?}", sum_all(&["1", "x", "-2"]));
}
