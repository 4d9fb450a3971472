//@ compile-fail
// A tokenizer holding `&mut String` hands out tokens with the input's lifetime through `&mut self`.
struct Tokenizer<'a> {
    input: &'a mut String,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn next_token(&mut self) -> &'a str {
        let rest = &self.input[self.pos..];
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos += end + 1;
        &rest[..end] //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let mut s = String::from("a b c");
    let mut t = Tokenizer { input: &mut s, pos: 0 };
    let a = t.next_token();
    println!("{}", a);
}
