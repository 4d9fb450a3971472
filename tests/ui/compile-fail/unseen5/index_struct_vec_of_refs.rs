//@ compile-fail
// A struct field `Vec<&str>` needs a lifetime parameter on the struct.
struct WordIndex {
    words: Vec<&str>, //~ ERROR E0106
    total: usize,
}

fn main() {
    let idx = WordIndex { words: vec!["a"], total: 1 };
    println!("{} {}", idx.words.len(), idx.total);
}
