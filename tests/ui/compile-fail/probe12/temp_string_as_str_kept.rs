//@ compile-fail
// `String::from("a").as_str()` kept in a binding past the statement (E0716).
fn main() {
    let s: &str = String::from("a").as_str(); //~ ERROR E0716
    println!("{s}");
}
