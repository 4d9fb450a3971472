//@ compile-fail
// An error type that borrows the input cannot be boxed into `Box<dyn Error>` (`'static`) by `?`.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct BadField<'a>(&'a str);

impl fmt::Display for BadField<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "bad field {}", self.0)
    }
}

impl Error for BadField<'_> {}

fn check(s: &str) -> Result<usize, Box<dyn Error>> {
    if s.starts_with('-') {
        return Err(BadField(s))?; //~ ERROR lifetime may not live long enough
    }
    Ok(s.len())
}

fn main() {
    println!("{:?}", check("x").ok());
}
