//@ compile-fail
// Collecting &str words split from a format! temporary that is freed at the end of the statement.
fn main() {
    let first = "hello";
    let second = "borrow checker";
    let words: Vec<&str> = format!("{} {}", first, second).split(' ').collect(); //~ ERROR E0716
    println!("{} words: {:?}", words.len(), words);
}
