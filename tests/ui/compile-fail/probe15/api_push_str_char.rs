//@ compile-fail
// String::push_str given a char (E0308).
fn main() {
    let mut s = String::new();
    s.push_str('a'); //~ ERROR E0308
    println!("{}", s);
}
