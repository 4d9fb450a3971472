//@ compile-fail
// Printing `&Token` and `&&Token` with {} when Token has no Display: rustc names `Token`, with "required for `&Token`" notes.
struct Token {
    text: String,
}

fn main() {
    let toks = vec![Token { text: String::from("a") }];
    for t in toks.iter() {
        println!("{}", t); //~ ERROR E0277
    }
    let first = &toks[0];
    let r = &first;
    println!("{} {}", r, first.text); //~ ERROR E0277
}
