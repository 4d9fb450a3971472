//@ compile-fail
// `*b` moves the String out of the Box: `b` cannot be used afterwards.
fn main() {
    let b = Box::new(String::from("a"));
    let s = *b;
    println!("{} {}", s, b); //~ ERROR E0382
}
