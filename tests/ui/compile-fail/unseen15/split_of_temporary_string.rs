//@ compile-fail
// words split out of a temporary upper-cased String kept past the statement
fn main() {
    let line = "abc def";
    let words: Vec<&str> = line.to_uppercase().split(' ').collect(); //~ ERROR E0716
    println!("{:?}", words);
}
