//@ compile-fail
// `?` on a ParseIntError inside a function whose error type has no From impl for it.
#[derive(Debug)]
enum AtmError {
    NotMultiple(u32),
}

fn parse_amount(s: &str) -> Result<u32, AtmError> {
    let n = s.trim().parse::<u32>()?; //~ ERROR E0277
    if n % 20 != 0 {
        return Err(AtmError::NotMultiple(n));
    }
    Ok(n)
}

fn main() {
    println!("{:?}", parse_amount("60"));
}
