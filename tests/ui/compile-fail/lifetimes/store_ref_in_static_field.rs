//@ compile-fail
// A struct field of type `&'static str` cannot take a borrowed parameter.
struct Label {
    text: &'static str,
}

fn make(t: &str) -> Label {
    Label { text: t } //~ ERROR lifetime may not live long enough
}

fn main() {
    let l = make("hi");
    println!("{}", l.text);
}
