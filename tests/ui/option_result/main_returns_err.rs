// main returning Err(String) prints `Error: ` and the Debug form on stderr, exit code 1.
fn parse(s: &str) -> Result<i32, String> {
    s.parse::<i32>().map_err(|e| format!("bad number {s:?}: {e}"))
}

fn main() -> Result<(), String> {
    let a = parse("12")?;
    println!("a = {a}");
    let b = parse("x1")?;
    println!("b = {b}");
    Ok(())
}
