//@ compile-fail
// Removing from a Vec while iterating over it by reference.
fn main() {
    let mut names = vec![String::from("a"), String::from("b")];
    for (i, n) in names.iter().enumerate() {
        if n == "a" {
            names.remove(i); //~ ERROR E0502
        }
    }
}
