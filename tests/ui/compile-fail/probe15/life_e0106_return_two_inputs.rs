//@ compile-fail
// A returned reference with two reference inputs and no lifetime (E0106).
fn longer(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.len() > b.len() { a } else { b }
}
fn main() {
    println!("{}", longer("a", "bb"));
}
