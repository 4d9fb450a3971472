//@ compile-fail
// A token struct stores a &str slice of the source without declaring a lifetime parameter.
struct Token {
    kind: u8,
    text: &str, //~ ERROR E0106
}

fn main() {
    let src = String::from("let x");
    let t = Token { kind: 1, text: &src[..3] };
    println!("{} {}", t.kind, t.text);
}
