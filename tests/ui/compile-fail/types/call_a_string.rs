//@ compile-fail
// Calling a String as if it were a function.
fn main() {
    let name = String::from("ada");
    let s = name(); //~ ERROR E0618
    println!("{}", s);
}
