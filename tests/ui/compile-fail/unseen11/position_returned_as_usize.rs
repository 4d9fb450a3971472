//@ compile-fail
// position() returns Option<usize>, but the function promises a plain usize.
fn index_of(words: &[&str], target: &str) -> usize {
    words.iter().position(|w| *w == target) //~ ERROR E0308
}

fn main() {
    println!("{}", index_of(&["a", "b"], "b"));
}
