// expect on Err panics with the message, a colon and the error's Debug.
fn main() {
    let ok: Result<i32, String> = Ok(3);
    println!("{}", ok.expect("should be fine"));
    let n = "12x".parse::<i32>().expect("failed to parse the count");
    println!("{n}");
}
