//@ compile-fail
// Three borrowed parameters: rustc lists them all in its help.
fn middle(a: &str, b: &str, c: &str) -> &str { //~ ERROR E0106
    if a < b { b } else { c }
}

fn main() {
    println!("{}", middle("a", "b", "c"));
}
