//@ compile-fail
// One parameter has a lifetime and the other is returned without it.
fn keep<'a>(a: &'a str, b: &str) -> &'a str {
    if a.is_empty() { b } else { a } //~ ERROR E0621
}

fn main() {
    println!("{}", keep("a", "b"));
}
