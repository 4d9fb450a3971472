//@ compile-fail
// A slice of a temporary String is kept after the statement ends.
fn main() {
    let word: &str = String::from("temporaire").as_str(); //~ ERROR E0716
    println!("{}", word);
}
