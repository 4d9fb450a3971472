//@ compile-fail
// `-=` applied to a String.
fn main() {
    let mut s = String::from("abc");
    s -= "c"; //~ ERROR E0368
    println!("{}", s);
}
