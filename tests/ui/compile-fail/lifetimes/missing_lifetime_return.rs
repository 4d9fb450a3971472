//@ compile-fail
// A function returning a reference from two reference parameters needs a named lifetime.
fn longest(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.len() > b.len() { a } else { b }
}

fn main() {
    println!("{}", longest("ab", "c"));
}
