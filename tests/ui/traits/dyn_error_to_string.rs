// to_string on a trait object (&dyn Error, Box<dyn Error>) formats the concrete value through its Display.
use std::error::Error;
use std::fmt;
#[derive(Debug)]
struct Oops(u8);
impl fmt::Display for Oops {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "oops {}", self.0) }
}
impl Error for Oops {}
fn main() {
    let e: Box<dyn Error> = Box::new(Oops(3));
    let r: &dyn Error = &Oops(4);
    println!("{} {}", e, r);
    let s = r.to_string();
    let t = e.to_string();
    println!("{} {} {}", s, t, s.len());
}
