//@ compile-fail
// collect() of split_whitespace with no target collection named.
fn main() {
    let line = "one two three";
    let words = line.split_whitespace().collect(); //~ ERROR E0282
    println!("{}", words.len());
}
