//@ compile-fail
// Pushing a String into a Vec<&str> (E0308).
fn main() {
    let mut v: Vec<&str> = Vec::new();
    v.push(String::from("a")); //~ ERROR E0308
    println!("{:?}", v);
}
