//@ compile-fail
// A `mut s: &str` parameter assigned a local's borrow: the parameter's lifetime outlives the function.
fn pick(mut s: &str) -> usize {
    let owned = String::from("longer");
    if s.is_empty() {
        s = &owned; //~ ERROR E0597
    }
    s.len()
}
fn main() {
    println!("{}", pick(""));
}
