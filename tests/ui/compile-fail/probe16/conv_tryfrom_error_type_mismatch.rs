//@ compile-fail
// TryFrom's Error compared with the wrong type in a match (E0308).
use std::convert::TryFrom;
struct Even(u32);
impl TryFrom<u32> for Even {
    type Error = String;
    fn try_from(n: u32) -> Result<Even, String> { if n % 2 == 0 { Ok(Even(n)) } else { Err("odd".into()) } }
}
fn main() {
    match Even::try_from(3) {
        Ok(e) => println!("{}", e.0),
        Err(0) => println!("zero"), //~ ERROR E0308
        Err(_) => println!("err"),
    }
}
