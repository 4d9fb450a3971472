//@ compile-fail
// FromStr::from_str returning another error type than Err (E0053).
use std::str::FromStr;
struct P(i32);
impl FromStr for P {
    type Err = String;
    fn from_str(s: &str) -> Result<P, i32> { Ok(P(s.len() as i32)) } //~ ERROR E0053
}
fn main() {}
