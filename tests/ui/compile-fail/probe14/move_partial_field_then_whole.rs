//@ compile-fail
// Moving one field out of a struct, then using the whole struct.
#[derive(Debug)]
struct Pair { a: String, b: String }
fn main() {
    let p = Pair { a: "x".to_string(), b: "y".to_string() };
    let a = p.a;
    println!("{} {:?}", a, p); //~ ERROR E0382
}
