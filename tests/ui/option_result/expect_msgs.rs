// expect on Err panics with the message, a colon and the error's Debug.
fn count(s: &str) -> i32 {
    s.parse::<i32>().expect("failed to parse the count")
}

fn main() {
    let ok: Result<i32, String> = Ok(3);
    println!("{}", ok.expect("should be fine"));
    println!("{}", count("12"));
    println!("{}", count("12x"));
}
