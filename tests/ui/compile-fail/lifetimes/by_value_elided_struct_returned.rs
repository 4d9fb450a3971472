//@ compile-fail
// Returning a field of a by-value `Wrapper` whose lifetime is elided, where `&'a str` is promised.
struct Wrapper<'a> {
    text: &'a str,
}

fn pick<'a>(s: &'a str, w: Wrapper) -> &'a str {
    if s.is_empty() { w.text } else { s } //~ ERROR E0621
}

fn main() {
    println!("{}", pick("", Wrapper { text: "w" }));
}
