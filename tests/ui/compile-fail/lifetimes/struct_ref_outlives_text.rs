//@ compile-fail
// A parser struct borrowing a String declared in an inner block is used after the block.
struct Parser<'a> {
    input: &'a str,
}

fn main() {
    let p;
    {
        let text = String::from("abc");
        p = Parser { input: &text }; //~ ERROR E0597
    }
    println!("{}", p.input);
}
