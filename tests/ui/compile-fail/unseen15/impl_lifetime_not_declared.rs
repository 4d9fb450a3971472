//@ compile-fail
// an impl block for a borrowing tokenizer forgets to declare its lifetime
struct Tokens<'a> {
    rest: &'a str,
}

impl Tokens<'a> { //~ ERROR E0261
    fn next_word(&mut self) -> Option<&'a str> {
        //~^ ERROR E0261
        let t = self.rest.trim_start();
        let end = t.find(' ').unwrap_or(t.len());
        self.rest = &t[end..];
        if end == 0 { None } else { Some(&t[..end]) }
    }
}

fn main() {
    let mut t = Tokens { rest: "a b" };
    println!("{:?}", t.next_word());
}
