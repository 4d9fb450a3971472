//@ compile-fail
// A struct holding `&'a str` outlives the String it borrows from.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

fn main() {
    let parser;
    {
        let source = String::from("let x = 1;");
        parser = Parser { input: &source, pos: 0 }; //~ ERROR E0597
    }
    println!("{} at {}", parser.input, parser.pos);
}
