//@ compile-fail
// A field moved out through a Box is gone, and so is the Box as a whole.
fn main() {
    let b = Box::new((String::from("a"), String::from("b")));
    let s = b.0;
    println!("{} {}", s, b.0); //~ ERROR E0382
    drop(b);
}
