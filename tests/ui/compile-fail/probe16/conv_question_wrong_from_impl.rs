//@ compile-fail
// A From impl for another error type does not help `?` (E0277).
use std::num::ParseIntError;
#[derive(Debug)]
enum AppErr { Parse(ParseIntError) }
impl From<std::num::ParseFloatError> for AppErr { fn from(_e: std::num::ParseFloatError) -> Self { panic!() } }
fn read(s: &str) -> Result<i32, AppErr> {
    let n: i32 = s.parse()?; //~ ERROR E0277
    Ok(n)
}
fn main() { println!("{:?}", read("1")); let _ = AppErr::Parse; }
