// unwrap_err on Ok panics with the Ok value's Debug.
fn check(n: i32) -> Result<i32, String> {
    if n > 0 { Ok(n) } else { Err(format!("{n} not positive")) }
}

fn main() {
    println!("{}", check(-1).unwrap_err());
    println!("{}", check(0).unwrap_err());
    println!("{}", check(5).unwrap_err());
}
