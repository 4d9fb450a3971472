//@ compile-fail
// A function returns the shorter of two string slices without naming which input the result borrows from.
fn shorter(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.len() <= b.len() { a } else { b }
}

fn main() {
    println!("{}", shorter("pear", "fig"));
}
