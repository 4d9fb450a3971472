//@ compile-fail
// `|s: &String|` bound to a variable has a lifetime of its own: storing `s` in a captured Vec is E0521.
fn main() {
    let mut keep: Vec<&String> = Vec::new();
    let mut f = |s: &String| keep.push(s); //~ ERROR E0521
    let a = String::new();
    f(&a);
}
