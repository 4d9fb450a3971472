//@ compile-fail
// `'_` with nothing to borrow from, in a reference and in a struct's arguments.
struct Name<'a> {
    text: &'a str,
}

fn label() -> &'_ str { //~ ERROR E0106
    "label"
}

fn default_name() -> Name<'_> { //~ ERROR E0106
    Name { text: "anon" }
}

fn main() {
    println!("{} {}", label(), default_name().text);
}
