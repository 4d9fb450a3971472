//@ compile-fail
// A function returning Result<u32, String> uses ? on a parse error, which has no conversion into String.
fn parse_age(s: &str) -> Result<u32, String> {
    let age: u32 = s.trim().parse()?; //~ ERROR E0277
    if age > 150 {
        return Err(format!("{} is not a plausible age", age));
    }
    Ok(age)
}

fn main() {
    println!("{:?}", parse_age("42"));
}
