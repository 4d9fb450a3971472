// Parsing CSV-like text: lines, split(','), trim, parse::<T>() with errors collected per line.
use std::num::ParseIntError;

#[derive(Debug)]
struct Record {
    name: String,
    age: u8,
    score: f64,
}

#[derive(Debug)]
enum LineError {
    MissingField(usize),
    BadAge(ParseIntError),
    BadScore(String),
}

impl From<ParseIntError> for LineError {
    fn from(e: ParseIntError) -> Self {
        LineError::BadAge(e)
    }
}

fn parse_line(line: &str) -> Result<Record, LineError> {
    let fields: Vec<&str> = line.split(',').map(|f| f.trim()).collect();
    if fields.len() < 3 {
        return Err(LineError::MissingField(fields.len()));
    }
    let name = fields[0].to_string();
    let age = fields[1].parse::<u8>()?;
    let score = fields[2].parse::<f64>().map_err(|_| LineError::BadScore(fields[2].to_string()))?;
    Ok(Record { name, age, score })
}

fn main() {
    let input = "name, age, score
Ada, 36, 91.5
  Linus ,27,78.25
Grace, 300, 88
Alan, 41
Barbara, 29, n/a

Ken, 12x, 70
Dennis, 70, 99.0";
    let mut records = Vec::new();
    let mut errors = 0;
    for (n, line) in input.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            println!("line {}: blank", n + 1);
            continue;
        }
        match parse_line(line) {
            Ok(r) => records.push(r),
            Err(e) => {
                errors += 1;
                match &e {
                    LineError::BadAge(inner) => println!("line {}: bad age ({})", n + 1, inner),
                    other => println!("line {}: {:?}", n + 1, other),
                }
            }
        }
    }
    println!("{} records, {} errors", records.len(), errors);
    for r in &records {
        println!("{:<8}{:>4}{:>8.1}", r.name, r.age, r.score);
    }
    let mean = records.iter().map(|r| r.score).sum::<f64>() / records.len() as f64;
    let oldest = records.iter().max_by_key(|r| r.age).unwrap();
    println!("mean score {:.3}, oldest {} ({})", mean, oldest.name, oldest.age);
    println!("{:?}", records.first());
}
