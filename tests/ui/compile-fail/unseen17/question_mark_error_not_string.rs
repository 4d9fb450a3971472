//@ compile-fail
// `?` on a ParseIntError inside a function returning Result<i32, String>: no conversion from the error type.
fn parse_age(text: &str) -> Result<i32, String> {
    let age = text.parse::<i32>()?; //~ ERROR E0277
    if age < 0 {
        return Err("negative".to_string());
    }
    Ok(age)
}

fn main() {
    println!("{:?}", parse_age("12"));
}
