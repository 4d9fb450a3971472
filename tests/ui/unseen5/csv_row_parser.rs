// Parses CSV-like rows into records with a custom error type, `?`, and From conversions.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum RowError {
    MissingField(usize),
    BadNumber(ParseIntError),
    Negative(i64),
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RowError::MissingField(i) => write!(f, "missing field #{}", i),
            RowError::BadNumber(e) => write!(f, "bad number ({})", e),
            RowError::Negative(n) => write!(f, "negative quantity {}", n),
        }
    }
}

impl From<ParseIntError> for RowError {
    fn from(e: ParseIntError) -> Self {
        RowError::BadNumber(e)
    }
}

#[derive(Debug)]
struct Record {
    item: String,
    qty: i64,
    price_cents: i64,
}

fn field<'a>(parts: &[&'a str], i: usize) -> Result<&'a str, RowError> {
    parts.get(i).map(|s| s.trim()).ok_or(RowError::MissingField(i))
}

fn parse_row(line: &str) -> Result<Record, RowError> {
    let parts: Vec<&str> = line.split(',').collect();
    let item = field(&parts, 0)?.to_string();
    let qty: i64 = field(&parts, 1)?.parse()?;
    if qty < 0 {
        return Err(RowError::Negative(qty));
    }
    let price_cents = field(&parts, 2)?.parse::<i64>()?;
    Ok(Record { item, qty, price_cents })
}

fn main() {
    let input = "apple, 3, 45\npear,2\nplum, x, 10\nfig, -4, 99\nkiwi , 10, 25";
    let mut total = 0;
    let mut good = Vec::new();
    for (n, line) in input.lines().enumerate() {
        match parse_row(line) {
            Ok(r) => {
                total += r.qty * r.price_cents;
                good.push(r);
            }
            Err(e) => println!("line {}: {}", n + 1, e),
        }
    }
    println!("{:?}", good);
    println!("total: {}.{:02} EUR", total / 100, total % 100);
    let all: Result<Vec<Record>, RowError> = ["a,1,1", "b,2,2"].iter().map(|l| parse_row(l)).collect();
    println!("all ok: {}", all.map(|v| v.len()).unwrap_or(0));
}
