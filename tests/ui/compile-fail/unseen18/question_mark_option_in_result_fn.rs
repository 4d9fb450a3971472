//@ compile-fail
// `?` on the Option from split_once inside a function returning Result<_, String>.
fn parse_pair(line: &str) -> Result<(String, i32), String> {
    let (k, v) = line.split_once('=')?; //~ ERROR E0277
    let n = v.trim().parse::<i32>().map_err(|e| e.to_string())?;
    Ok((k.trim().to_string(), n))
}

fn main() {
    println!("{:?}", parse_pair("x = 3"));
}
