//@ compile-fail
// Pushing a reference to a temporary into a Vec.
fn main() {
    let mut v: Vec<&String> = Vec::new();
    v.push(&String::from("temp")); //~ ERROR E0716
    println!("{:?}", v);
}
