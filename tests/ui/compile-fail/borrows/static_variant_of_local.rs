//@ compile-fail
// An enum variant holding `&'static str` built from a borrow of a local String.
enum Token {
    Word(&'static str),
    Number(i64),
}

fn main() {
    let input = String::from("hello");
    let t = Token::Word(&input); //~ ERROR E0597
    match t {
        Token::Word(w) => println!("word {}", w),
        Token::Number(n) => println!("number {}", n),
    }
}
