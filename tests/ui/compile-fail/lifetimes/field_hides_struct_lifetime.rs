//@ compile-fail
// A field whose struct type hides its lifetime parameter.
struct Word<'a> {
    text: &'a str,
}

struct Line {
    first: Word, //~ ERROR E0106
}

fn main() {
    let l = Line { first: Word { text: "hi" } };
    println!("{}", l.first.text);
}
