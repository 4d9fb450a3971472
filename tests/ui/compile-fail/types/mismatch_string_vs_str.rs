//@ compile-fail
// Passing a `String` where `&str` is expected.
fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn main() {
    let s = String::from("hey");
    println!("{}", shout(s)); //~ ERROR E0308
}
