//@ compile-fail
// Growing a String that was not declared `mut`.
fn main() {
    let s = String::from("hello");
    s.push_str(", world"); //~ ERROR E0596
    println!("{}", s);
}
