//@ compile-fail
// An Option is printed with {} instead of {:?}.
fn main() {
    let names = vec!["zoe", "yan"];
    let first = names.first();
    println!("first: {}", first); //~ ERROR E0277
}
