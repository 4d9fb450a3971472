//@ compile-fail
// An enum variant holding a reference must name its lifetime.
enum Token {
    Word(&str), //~ ERROR E0106
    End,
}

fn main() {
    let t = Token::Word("a");
    if let Token::Word(w) = t {
        println!("{}", w);
    }
}
