//@ compile-fail
// TryFrom with an Error type that the body does not return (E0308).
use std::convert::TryFrom;
struct Even(u32);
impl TryFrom<u32> for Even {
    type Error = String;
    fn try_from(n: u32) -> Result<Even, String> {
        if n % 2 == 0 { Ok(Even(n)) } else { Err(n) } //~ ERROR E0308
    }
}
fn main() { let _ = Even::try_from(2); }
