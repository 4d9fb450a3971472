//@ compile-fail
// A token kind added to the enum but not to the match that prints it.
enum Kind {
    Ident,
    Number,
    Comma,
    Whitespace,
}

fn name(k: &Kind) -> &'static str {
    match k { //~ ERROR E0004
        Kind::Ident => "ident",
        Kind::Number => "number",
        Kind::Comma => "comma",
    }
}

fn main() {
    for k in [Kind::Ident, Kind::Number, Kind::Comma, Kind::Whitespace] {
        println!("{}", name(&k));
    }
}
