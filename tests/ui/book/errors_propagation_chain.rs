// Error handling: a parser pipeline with an error enum, From conversions for ?, and Result<Vec<_>, _> collection.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum LineError {
    MissingField(usize),
    BadInt { line: usize, source: ParseIntError },
    OutOfRange(i32),
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LineError::MissingField(l) => write!(f, "line {l}: missing field"),
            LineError::BadInt { line, source } => write!(f, "line {line}: {source}"),
            LineError::OutOfRange(v) => write!(f, "value {v} out of range"),
        }
    }
}

#[derive(Debug)]
struct Record {
    name: String,
    age: i32,
}

fn parse_line(n: usize, line: &str) -> Result<Record, LineError> {
    let mut parts = line.split(',');
    let name = parts.next().filter(|s| !s.is_empty()).ok_or(LineError::MissingField(n))?;
    let raw = parts.next().ok_or(LineError::MissingField(n))?;
    let age: i32 = raw.trim().parse().map_err(|e| LineError::BadInt { line: n, source: e })?;
    if !(0..150).contains(&age) {
        return Err(LineError::OutOfRange(age));
    }
    Ok(Record { name: name.to_string(), age })
}

fn parse_all(text: &str) -> Result<Vec<Record>, LineError> {
    text.lines().enumerate().map(|(i, l)| parse_line(i + 1, l)).collect()
}

fn main() {
    let good = "ann,31\nbob, 45\ncy,7";
    match parse_all(good) {
        Ok(rs) => {
            for r in &rs {
                println!("{} is {}", r.name, r.age);
            }
            println!("avg {:.1}", rs.iter().map(|r| r.age as f64).sum::<f64>() / rs.len() as f64);
        }
        Err(e) => println!("error: {e}"),
    }
    for bad in ["ann,31\nbob", "ann,x1", ",3", "old,200"] {
        match parse_all(bad) {
            Ok(rs) => println!("ok {}", rs.len()),
            Err(e) => println!("error: {e}"),
        }
    }
    let partial: Vec<Result<Record, LineError>> = "a,1\nb,z\nc,3".lines().enumerate().map(|(i, l)| parse_line(i, l)).collect();
    let oks: Vec<String> = partial.iter().filter_map(|r| r.as_ref().ok()).map(|r| r.name.clone()).collect();
    println!("{:?} errors {}", oks, partial.iter().filter(|r| r.is_err()).count());
    println!("{:?}", parse_line(0, "z,-1").unwrap_err());
}
