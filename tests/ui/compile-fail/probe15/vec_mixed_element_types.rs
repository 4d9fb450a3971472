//@ compile-fail
// vec! with an i32 and a &str (E0308).
fn main() {
    let v = vec![1, "two"]; //~ ERROR E0308
    println!("{}", v.len());
}
