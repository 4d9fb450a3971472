//@ compile-fail
// Items copied out of `&&str` into a `&'static str` field must be `'static`: the words borrow a local String.
#[derive(Debug)]
struct Tok {
    w: &'static str,
}
fn main() {
    let s = String::from("a b");
    let words: Vec<&str> = s.split(' ').collect(); //~ ERROR E0597
    let t: Vec<Tok> = words.iter().map(|w| Tok { w: *w }).collect();
    println!("{t:?}");
}
