//@ compile-fail
// `#[derive(Clone)]` writes an impl of `Clone`: a second, hand-written one conflicts with it.
#[derive(Clone)] //~ ERROR E0119
struct Token(u32);
impl Clone for Token {
    fn clone(&self) -> Token {
        Token(self.0)
    }
}
fn main() {
    let t = Token(1);
    println!("{}", t.clone().0);
}
