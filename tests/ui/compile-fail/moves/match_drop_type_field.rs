//@ compile-fail
// Matching a Drop type and binding a String field by value moves out of it.
struct Token {
    text: Option<String>,
}

impl Drop for Token {
    fn drop(&mut self) {}
}

fn main() {
    let t = Token { text: Some(String::from("t")) };
    match t.text { //~ ERROR E0509
        Some(s) => println!("{}", s),
        None => {}
    }
}
