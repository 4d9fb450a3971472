//@ compile-fail
// A token struct holding a &str without declaring a lifetime parameter.
#[derive(Debug)]
struct Token {
    kind: u8,
    text: &str, //~ ERROR E0106
}

fn main() {
    let src = String::from("abc");
    let t = Token { kind: 1, text: &src };
    println!("{:?}", t);
}
