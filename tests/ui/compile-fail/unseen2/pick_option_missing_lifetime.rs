//@ compile-fail
// Two reference parameters and a reference in the result: elision cannot choose.
fn pick_shorter(a: &str, b: &str) -> Option<&str> { //~ ERROR E0106
    if a.is_empty() || b.is_empty() {
        None
    } else if a.len() <= b.len() {
        Some(a)
    } else {
        Some(b)
    }
}

fn main() {
    println!("{:?}", pick_shorter("abc", "de"));
}
