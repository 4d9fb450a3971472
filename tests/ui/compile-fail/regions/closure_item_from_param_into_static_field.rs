//@ compile-fail
// A `map` closure stores items borrowed from a `&str` parameter in a `&'static str` field: the parameter's lifetime is too short.
#[derive(Debug)]
struct Tok {
    w: &'static str,
}
fn toks(s: &str) -> Vec<Tok> {
    s.split(' ').map(|w| Tok { w }).collect() //~ ERROR lifetime may not live long enough
}
fn main() {
    let s = String::from("a b");
    println!("{:?}", toks(&s));
}
