//@ compile-fail
// After one field moved out through a Box, passing the Box on uses a partially moved value.
fn main() {
    let b = Box::new((String::from("a"), String::from("b")));
    let s = b.0;
    drop(b); //~ ERROR E0382
    println!("{}", s);
}
