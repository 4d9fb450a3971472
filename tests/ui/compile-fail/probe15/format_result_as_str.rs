//@ compile-fail
// format! yields a String, bound to &str (E0308).
fn main() {
    let s: &str = format!("{}", 1); //~ ERROR E0308
    println!("{}", s);
}
