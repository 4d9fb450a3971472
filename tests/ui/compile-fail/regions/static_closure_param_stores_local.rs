//@ compile-fail
// Pushing through a `&'static str` parameter keeps the argument borrowed for `'static`.
fn main() {
    let mut keep: Vec<&'static str> = Vec::new();
    let mut f = |w: &'static str| keep.push(w);
    let s = String::from("x");
    f(s.as_str()); //~ ERROR E0597
    drop(s); //~ ERROR E0505
    println!("{:?}", keep);
}
