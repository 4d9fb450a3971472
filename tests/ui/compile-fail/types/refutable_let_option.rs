//@ compile-fail
// `let Some(x) = ...` without `else` does not handle `None`.
fn main() {
    let v = vec![1, 2];
    let Some(first) = v.first(); //~ ERROR E0005
    println!("{}", first);
}
