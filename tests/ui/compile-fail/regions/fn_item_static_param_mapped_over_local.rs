//@ compile-fail
// A function whose parameter is written `&'static str`, passed by name to `map` over a local String's words.
#[derive(Debug)]
struct Tok { w: &'static str }
fn wrap(w: &'static str) -> Tok { Tok { w } }
fn main() {
    let s = String::from("a b");
    let t: Vec<Tok> = s.split(' ').map(wrap).collect(); //~ ERROR E0597
    println!("{:?}", t);
}
