//@ compile-fail
// A closure coerced to `&mut dyn FnMut(&str)` gets a `&str` valid during one call: it cannot keep it.
fn apply(f: &mut dyn FnMut(&str)) {
    let s = String::from("x");
    f(&s);
}
fn main() {
    let mut keep: Vec<&str> = Vec::new();
    apply(&mut |s| keep.push(s)); //~ ERROR E0521
    println!("{}", keep.len());
}
