//@ compile-fail
// Calling a `self`-taking method, then using the value.
struct Token { text: String }
impl Token {
    fn into_text(self) -> String { self.text }
}
fn main() {
    let t = Token { text: "t".into() };
    let s = t.into_text();
    println!("{} {}", s, t.text); //~ ERROR E0382
}
