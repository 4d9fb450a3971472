//@ compile-fail
// One parameter with two lifetimes, and a return type with two elided references.
fn swap(p: (&str, &str)) -> (&str, &str) { //~ ERROR E0106
    (p.1, p.0)
}

fn main() {
    let (a, b) = swap(("x", "y"));
    println!("{} {}", a, b);
}
