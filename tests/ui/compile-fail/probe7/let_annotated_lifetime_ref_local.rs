//@ compile-fail
// A reference to a local annotated with the function's lifetime parameter.
fn upper_len<'a>(text: &'a str) -> usize {
    let owned = text.to_uppercase();
    let x: &'a str = &owned; //~ ERROR E0597
    x.len()
}
fn main() {
    println!("{}", upper_len("ab"));
}
