//@ compile-fail
// Matching `Some(s)` on an owned Option moves the String out of it.
fn main() {
    let maybe = Some(String::from("hi"));
    match maybe {
        Some(s) => println!("{}", s),
        None => {}
    }
    println!("{:?}", maybe); //~ ERROR E0382
}
