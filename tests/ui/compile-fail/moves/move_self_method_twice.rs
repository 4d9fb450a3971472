//@ compile-fail
// A method taking `self` consumes the value.
struct Token(String);

impl Token {
    fn into_inner(self) -> String {
        self.0
    }
}

fn main() {
    let t = Token(String::from("x"));
    let a = t.into_inner();
    let b = t.into_inner(); //~ ERROR E0382
    println!("{} {}", a, b);
}
