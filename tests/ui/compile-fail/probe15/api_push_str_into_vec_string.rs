//@ compile-fail
// Pushing a &str into a Vec<String> (E0308).
fn main() {
    let mut v: Vec<String> = Vec::new();
    v.push("a"); //~ ERROR E0308
    println!("{:?}", v);
}
