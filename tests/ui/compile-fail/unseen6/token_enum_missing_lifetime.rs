//@ compile-fail
// An enum variant holding `&str` without a lifetime parameter.
#[derive(Debug)]
enum Token {
    Word(&str), //~ ERROR E0106
    Number(i64),
}

fn main() {
    let t = Token::Number(4);
    println!("{:?}", t);
}
