//@ compile-fail
// String::push given a &str (E0308).
fn main() {
    let mut s = String::new();
    s.push("ab"); //~ ERROR E0308
    println!("{}", s);
}
