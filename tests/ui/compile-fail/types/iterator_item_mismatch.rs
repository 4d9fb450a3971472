//@ compile-fail
// An iterator of `&String` passed where an iterator of `String` is required.
fn join(words: impl Iterator<Item = String>) -> String {
    words.collect::<Vec<String>>().join(" ")
}

fn main() {
    let v = vec![String::from("a"), String::from("b")];
    println!("{}", join(v.iter())); //~ ERROR E0271
}
