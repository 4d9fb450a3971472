//@ compile-fail
// A match on Option<Result<..>> missing Some(Err(_)) (E0004).
fn main() {
    let x: Option<Result<i32, String>> = None;
    match x { //~ ERROR E0004
        None => println!("none"),
        Some(Ok(n)) => println!("{}", n),
    }
}
