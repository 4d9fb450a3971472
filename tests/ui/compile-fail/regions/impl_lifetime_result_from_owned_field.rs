//@ compile-fail
// A method promising `'a` (the struct's lifetime) cannot return a slice of a field the struct owns.
struct Lexer<'a> {
    src: &'a str,
    buf: String,
}

impl<'a> Lexer<'a> {
    fn rest(&self) -> &'a str {
        &self.buf[..] //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let lx = Lexer { src: "ab", buf: String::from("cd") };
    println!("{} {}", lx.src, lx.rest());
}
