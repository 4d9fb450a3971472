//@ compile-fail
// a parser struct stores the input &str without a lifetime parameter
struct Parser {
    input: &str, //~ ERROR E0106
    pos: usize,
}

fn main() {
    let p = Parser { input: "1,2,3", pos: 0 };
    println!("{} {}", p.input, p.pos);
}
