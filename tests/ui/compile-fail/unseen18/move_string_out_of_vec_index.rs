//@ compile-fail
// Taking a String out of a Vec<String> by index instead of cloning or borrowing it.
fn main() {
    let names: Vec<String> = vec!["ana".to_string(), "bob".to_string()];
    let first = names[0]; //~ ERROR E0507
    println!("{} {}", first, names.len());
}
