//@ compile-fail
// Moving out of a Box then using the Box (E0382).
fn main() {
    let b = Box::new(String::from("a"));
    let s = *b;
    println!("{} {}", s, b); //~ ERROR E0382
}
