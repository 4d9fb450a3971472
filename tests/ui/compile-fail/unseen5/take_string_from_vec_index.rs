//@ compile-fail
// Indexing a Vec<String> yields a place behind the Vec; binding it by value would move out of it.
fn main() {
    let lines = vec![String::from("alpha"), String::from("beta")];
    let first = lines[0]; //~ ERROR E0507
    println!("{} and {} lines", first, lines.len());
}
