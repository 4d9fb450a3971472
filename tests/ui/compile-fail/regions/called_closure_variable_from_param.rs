//@ compile-fail
// The same closure called with a `&str` parameter: the parameter's lifetime must outlive `'static`.
#[derive(Debug)]
struct Tok {
    w: &'static str,
}
fn toks(s: &str) -> Tok {
    let f = |w| Tok { w }; //~ ERROR lifetime may not live long enough
    f(s)
}
fn main() {
    println!("{:?}", toks("a"));
}
