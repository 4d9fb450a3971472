// Exhaustive slice and nested enum matches.
fn main() {
    let v = vec![1, 2];
    match v.as_slice() {
        [] => println!("empty"),
        [x] => println!("{}", x),
        [x, .., y] => println!("{} {}", x, y),
    }
    let r: Option<Result<i32, String>> = Some(Err(String::from("e")));
    match r {
        None => println!("none"),
        Some(Ok(n)) => println!("{}", n),
        Some(Err(e)) => println!("err {}", e),
    }
}
