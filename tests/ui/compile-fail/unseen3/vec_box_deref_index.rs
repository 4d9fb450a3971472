//@ compile-fail
// Dereferencing a Box stored in a vector moves its String out of the vector.
fn main() {
    let boxes: Vec<Box<String>> = vec![Box::new(String::from("a")), Box::new(String::from("b"))];
    let first: String = *boxes[0]; //~ ERROR E0507
    println!("{} {}", first, boxes.len());
}
