// unwrap on Err panics with "called `Result::unwrap()` on an `Err` value" and the error's Debug.
fn risky(fail: bool) -> Result<u32, String> {
    if fail { Err(String::from("boom")) } else { Ok(7) }
}

fn main() {
    println!("{}", risky(false).unwrap());
    let r = risky(true);
    println!("is_err = {}", r.is_err());
    println!("{}", r.unwrap());
}
