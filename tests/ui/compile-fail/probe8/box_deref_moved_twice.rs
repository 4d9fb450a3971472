//@ compile-fail
// Moving out of a Box twice: the second `*b` reads a moved value.
fn main() {
    let b = Box::new(String::from("a"));
    let s = *b;
    let t = *b; //~ ERROR E0382
    println!("{} {}", s, t);
}
