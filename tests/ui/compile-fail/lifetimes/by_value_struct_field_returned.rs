//@ compile-fail
// Returning a field of a by-value `Wrapper<'b>` where `&'a str` is promised.
struct Wrapper<'a> {
    text: &'a str,
}

fn longer<'a, 'b>(x: Wrapper<'a>, y: Wrapper<'b>) -> &'a str {
    if x.text.len() >= y.text.len() { x.text } else { y.text } //~ ERROR lifetime may not live long enough
}

fn main() {
    println!("{}", longer(Wrapper { text: "ab" }, Wrapper { text: "c" }));
}
