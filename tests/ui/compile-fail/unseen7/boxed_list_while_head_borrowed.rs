//@ compile-fail
// A Vec moved into a Box while a reference to its first element is still alive.
fn main() {
    let list = vec![String::from("head"), String::from("tail")];
    let head = &list[0];
    let boxed: Box<Vec<String>> = Box::new(list); //~ ERROR E0505
    println!("{} of {}", head, boxed.len());
}
