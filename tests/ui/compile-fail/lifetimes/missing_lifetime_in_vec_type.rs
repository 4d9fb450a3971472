//@ compile-fail
// `Vec<&str>` as a struct field also needs a lifetime.
struct Sentence {
    words: Vec<&str>, //~ ERROR E0106
}

fn main() {
    let s = Sentence { words: vec!["a", "b"] };
    println!("{}", s.words.len());
}
