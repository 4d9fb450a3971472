//@ compile-fail
// Pushing a &str into a Vec<i32> (E0308).
fn main() {
    let mut v: Vec<i32> = Vec::new();
    v.push("1"); //~ ERROR E0308
    println!("{:?}", v);
}
