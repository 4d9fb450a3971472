//@ compile-fail
// A struct with a borrowed field is built from a String the function owns.
struct Highlight<'a> {
    part: &'a str,
}

fn make<'a>(text: String) -> Highlight<'a> {
    Highlight { part: &text[..5] } //~ ERROR E0515
}

fn main() {
    let h = make(String::from("hello world"));
    println!("{}", h.part);
}
