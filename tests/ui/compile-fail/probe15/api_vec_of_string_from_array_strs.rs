//@ compile-fail
// A Vec<String> initialised from &str literals (E0308).
fn main() {
    let v: Vec<String> = vec!["a", "b"]; //~ ERROR E0308
    println!("{:?}", v);
}
