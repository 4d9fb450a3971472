// map_err turns an error without From into the function's error before `?`.
#[derive(Debug)]
struct MyErr(String);
fn parse(s: &str) -> Result<i32, MyErr> {
    let n: i32 = s.parse().map_err(|e: std::num::ParseIntError| MyErr(e.to_string()))?;
    Ok(n)
}
fn main() { println!("{:?} {:?}", parse("1"), parse("x")); }
