//@ compile-fail
// `s.push('a')` with `s` not `mut`.
fn main() {
    let s = String::new();
    s.push('a'); //~ ERROR E0596
    println!("{}", s);
}
