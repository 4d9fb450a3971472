//@ compile-fail
// Borrowing inside a Box, then moving the Box.
fn main() {
    let b = Box::new(5);
    let r = &*b;
    let c = b; //~ ERROR E0505
    println!("{} {}", r, c);
}
