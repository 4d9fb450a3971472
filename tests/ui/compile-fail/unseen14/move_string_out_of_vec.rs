//@ compile-fail
// Moving a String out of a Vec by indexing (E0507)
fn main() {
    let words = vec![String::from("alpha"), String::from("beta")];
    let first: String = words[0]; //~ ERROR E0507
    println!("{} {}", first, words.len());
}
