//@ compile-fail
// `Result<Option<bool>, ()>` missing `Ok(Some(false))`.
fn main() {
    let r: Result<Option<bool>, ()> = Ok(None);
    match r { //~ ERROR E0004
        Ok(None) => println!("1"),
        Ok(Some(true)) => println!("2"),
        Err(()) => println!("3"),
    }
}
