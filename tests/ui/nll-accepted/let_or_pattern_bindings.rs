// Irrefutable or-patterns with bindings in `let`: the value comes from whichever alternative matched.
enum Side {
    Left(u8),
    Right(u8),
}
fn main() {
    let parsed: Result<i32, i32> = "12".parse::<i32>().map_err(|_| -1);
    let (Ok(n) | Err(n)) = parsed;
    let failed: Result<i32, i32> = "x".parse::<i32>().map_err(|_| -1);
    let (Ok(m) | Err(m)) = failed;
    let s = Side::Right(9);
    let (Side::Left(w) | Side::Right(w)) = s;
    let named: Result<String, String> = Err(String::from("oops"));
    let (Ok(ref text) | Err(ref text)) = named;
    let (Side::Left(a) | Side::Right(a), b) = (Side::Left(3), 4);
    println!("{n} {m} {w} {text} {a} {b}");
    println!("{}", named.is_err());
}
