// Struct, enum, alias and function signatures with their lifetimes written.
struct Name<'a> { s: &'a str }
enum Tok<'a> { Word(&'a str), End }
type Pair<'a> = (&'a str, i32);
fn longer<'a>(a: &'a str, b: &'a str) -> &'a str { if a.len() > b.len() { a } else { b } }
fn make() -> &'static str { "x" }
fn main() {
    let n = Name { s: "a" };
    let p: Pair = ("b", 1);
    let t = Tok::Word(longer(n.s, p.0));
    if let Tok::Word(w) = t { println!("{} {}", w, make()); }
    let _ = Tok::End;
}
