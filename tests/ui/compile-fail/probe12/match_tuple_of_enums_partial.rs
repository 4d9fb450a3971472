//@ compile-fail
// `(Option<u8>, Option<u8>)` missing `(Some(_), None)`.
fn main() {
    let p = (Some(1u8), None::<u8>);
    match p { //~ ERROR E0004
        (None, _) => println!("1"),
        (Some(_), Some(_)) => println!("2"),
    }
}
