//@ compile-fail
// `other` has an elided lifetime: it cannot be stored in a variable written `&'a str`.
fn total<'a>(text: &'a str, other: &str) -> usize {
    let x: &'a str = other; //~ ERROR E0621
    x.len() + text.len()
}
fn main() {
    println!("{}", total("ab", "c"));
}
