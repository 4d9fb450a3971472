//@ compile-fail
// A pattern destructuring `*b` moves the tuple's String out of the Box.
fn main() {
    let b = Box::new((String::from("a"), 1));
    let (s, n) = *b;
    println!("{} {} {:?}", s, n, b); //~ ERROR E0382
}
