// Error::source: the default is None; an override returns the wrapped error, walked as a chain.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Inner;
impl fmt::Display for Inner {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "disk full") }
}
impl Error for Inner {}

#[derive(Debug)]
struct Outer { cause: Inner }
impl fmt::Display for Outer {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "save failed") }
}
impl Error for Outer {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}

fn report(e: &dyn Error) {
    println!("error: {}", e);
    let mut cur = e.source();
    while let Some(c) = cur {
        println!("  caused by: {}", c);
        cur = c.source();
    }
}

fn main() {
    let o = Outer { cause: Inner };
    report(&o);
    report(&Inner);
    println!("{}", "x".parse::<i32>().unwrap_err().source().is_none());
    let b: Box<dyn Error> = Box::new(Outer { cause: Inner });
    println!("{}", b.source().is_some());
}
