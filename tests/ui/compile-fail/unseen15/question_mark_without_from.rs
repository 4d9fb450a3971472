//@ compile-fail
// ? converts a ParseIntError into a custom error enum that has no From impl
#[derive(Debug)]
enum PuzzleError {
    Empty,
}

fn first_number(s: &str) -> Result<u32, PuzzleError> {
    let first = s.split(',').next().ok_or(PuzzleError::Empty)?;
    let n = first.parse::<u32>()?; //~ ERROR E0277
    Ok(n)
}

fn main() {
    println!("{:?}", first_number("4,5"));
}
