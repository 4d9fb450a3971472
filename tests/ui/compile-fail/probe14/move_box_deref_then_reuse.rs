//@ compile-fail
// Moving a String out of a Box by `*b`, then using the Box.
fn main() {
    let b = Box::new(String::from("boxed"));
    let s = *b;
    println!("{} {}", s, b); //~ ERROR E0382
}
