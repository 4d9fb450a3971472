//@ compile-fail
// An enum variant holding `&str` without a lifetime (E0106).
enum Tok { Word(&str), End } //~ ERROR E0106
fn main() {
    let t = Tok::Word("a");
    if let Tok::Word(w) = t { println!("{}", w); }
    let _ = Tok::End;
}
