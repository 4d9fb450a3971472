//@ compile-fail
// Extending a Vec<i32> with &str items (E0277).
fn main() {
    let mut v: Vec<i32> = Vec::new();
    v.extend(vec!["a"]); //~ ERROR E0277
    println!("{:?}", v);
}
