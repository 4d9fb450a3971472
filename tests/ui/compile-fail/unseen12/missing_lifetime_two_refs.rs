//@ compile-fail
// A function returning one of two &str parameters without a lifetime annotation.
fn pick(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.len() > b.len() { a } else { b }
}

fn main() {
    println!("{}", pick("x", "yy"));
}
