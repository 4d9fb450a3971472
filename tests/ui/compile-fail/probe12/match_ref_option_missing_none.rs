//@ compile-fail
// `&Option<String>` missing `&None`.
fn main() {
    let o = Some(String::from("a"));
    match &o { //~ ERROR E0004
        Some(s) => println!("{s}"),
    }
}
