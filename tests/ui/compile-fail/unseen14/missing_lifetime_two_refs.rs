//@ compile-fail
// A function returning a reference from two reference parameters without a lifetime (E0106)
fn pick(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a < b { a } else { b }
}

fn main() {
    println!("{}", pick("x", "y"));
}
