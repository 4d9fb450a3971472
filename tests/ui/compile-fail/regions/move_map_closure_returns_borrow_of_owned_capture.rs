//@ compile-fail
// a move closure owning a String returns a borrow of it: the closure's own data cannot leave it
fn main() {
    let label = String::from("k");
    let r: Vec<&str> = (0..2).map(move |_| label.as_str()).collect(); //~ ERROR captured variable cannot escape `FnMut` closure body
    println!("{:?}", r);
}
