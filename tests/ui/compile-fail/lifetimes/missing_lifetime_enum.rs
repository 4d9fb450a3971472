//@ compile-fail
// An enum variant holding a reference needs a lifetime parameter.
enum Token {
    Word(&str), //~ ERROR E0106
    Number(i64),
}

fn main() {
    let t = Token::Number(3);
    if let Token::Number(n) = t {
        println!("{}", n);
    }
}
