//@ compile-fail
// only a `let` initialiser extends: a slice of a temporary String assigned to a declared variable dies with the statement
fn main() {
    let word: &str;
    word = &String::from("hello")[1..]; //~ ERROR E0716
    println!("{word}");
}
