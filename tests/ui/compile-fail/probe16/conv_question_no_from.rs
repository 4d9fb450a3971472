//@ compile-fail
// `?` on an error type without From into the function's error (E0271 on the FromStr error).
#[derive(Debug)]
struct MyErr;
fn parse(s: &str) -> Result<i32, MyErr> {
    let n: i32 = s.parse()?; //~ ERROR E0271
    Ok(n)
}
fn main() { println!("{:?}", parse("1")); }
