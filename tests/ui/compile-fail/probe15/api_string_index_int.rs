//@ compile-fail
// Indexing a String with an integer (E0277).
fn main() {
    let s = String::from("abc");
    let c = s[0]; //~ ERROR E0277
    println!("{}", c);
}
