//@ compile-fail
// String::push takes a char, but a one-letter string literal is passed.
fn main() {
    let mut s = String::from("abc");
    s.push("d"); //~ ERROR E0308
    println!("{}", s);
}
