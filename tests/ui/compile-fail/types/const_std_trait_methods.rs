//@ compile-fail
// std trait methods whose impls are not `const`: `From::from` in a static, `to_owned` and `to_string` in constants.
static GREETING: String = String::from("hi"); //~ ERROR E0015
const OWNED: String = "x".to_owned(); //~ ERROR E0015
const SHOWN: String = "y".to_string(); //~ ERROR E0015
fn main() {
    println!("{GREETING} {OWNED} {SHOWN}");
}
