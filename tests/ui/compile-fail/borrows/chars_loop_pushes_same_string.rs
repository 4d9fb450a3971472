//@ compile-fail
// Pushing to a String while iterating over its own chars.
fn main() {
    let mut s = String::from("ab");
    for c in s.chars() {
        s.push(c); //~ ERROR E0502
    }
    println!("{}", s);
}
