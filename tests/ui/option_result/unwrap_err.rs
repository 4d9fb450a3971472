// unwrap on Err panics with "called `Result::unwrap()` on an `Err` value" and the error's Debug.
fn main() {
    let r: Result<u32, String> = Err(String::from("boom"));
    println!("is_err = {}", r.is_err());
    let v = r.unwrap();
    println!("{v}");
}
