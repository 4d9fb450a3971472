//@ compile-fail
// A struct holding &'a str is assigned inside a block from a String that dies at the block's end.
struct Parser<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }
}

fn main() {
    let parser;
    {
        let buffer = String::from("let x = 5;");
        parser = Parser { src: &buffer, pos: 4 }; //~ ERROR E0597
    }
    println!("{}", parser.rest());
}
