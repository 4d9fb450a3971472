// Moving one field and using another field is fine.
struct Pair { a: String, b: String }
fn main() {
    let p = Pair { a: "x".to_string(), b: "y".to_string() };
    let a = p.a;
    println!("{} {}", a, p.b);
}
