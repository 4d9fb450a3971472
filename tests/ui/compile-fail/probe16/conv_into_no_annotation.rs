//@ compile-fail
// .into() whose target cannot be inferred (E0283).
fn main() {
    let s = "a".into(); //~ ERROR E0283
    println!("{}", s);
}
