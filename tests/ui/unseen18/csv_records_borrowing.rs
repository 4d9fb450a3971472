// CSV records that borrow the input: struct Record<'a> with &'a str fields, errors carrying line numbers.
#[derive(Debug)]
struct Record<'a> {
    name: &'a str,
    age: u32,
    city: &'a str,
}

#[derive(Debug)]
struct ParseError {
    line: usize,
    message: String,
}

const DATA: &str = "name,age,city
Alice,30,Paris
Bob,x,Berlin
Carol,41,Lyon
Dave,27
Eve,35,Paris
,22,Oslo";

fn parse_line(line: &str, line_no: usize) -> Result<Record<'_>, ParseError> {
    let fields: Vec<&str> = line.split(',').map(|f| f.trim()).collect();
    if fields.len() != 3 {
        return Err(ParseError {
            line: line_no,
            message: format!("expected 3 fields, found {}", fields.len()),
        });
    }
    if fields[0].is_empty() {
        return Err(ParseError { line: line_no, message: String::from("empty name") });
    }
    let age = fields[1].parse::<u32>().map_err(|e| ParseError {
        line: line_no,
        message: format!("bad age {:?}: {}", fields[1], e),
    })?;
    Ok(Record { name: fields[0], age, city: fields[2] })
}

fn parse_all(text: &str) -> (Vec<Record<'_>>, Vec<ParseError>) {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        match parse_line(line, i + 1) {
            Ok(r) => records.push(r),
            Err(e) => errors.push(e),
        }
    }
    (records, errors)
}

fn main() {
    let (records, errors) = parse_all(DATA);
    println!("{} records, {} errors", records.len(), errors.len());
    for r in &records {
        println!("{:<6} {:>3} {}", r.name, r.age, r.city);
    }
    for e in &errors {
        println!("line {}: {}", e.line, e.message);
    }
    let in_paris: Vec<&str> = records.iter().filter(|r| r.city == "Paris").map(|r| r.name).collect();
    println!("in Paris: {:?}", in_paris);
    let avg = records.iter().map(|r| r.age as f64).sum::<f64>() / records.len() as f64;
    println!("average age: {:.2}", avg);
    let oldest = records.iter().max_by_key(|r| r.age).unwrap();
    println!("oldest: {:?}", oldest);
    println!("first error: {:?}", errors.first());
}
