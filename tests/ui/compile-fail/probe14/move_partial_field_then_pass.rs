//@ compile-fail
// A partially moved struct passed to a function.
struct Pair { a: String, b: String }
fn show(p: Pair) { println!("{} {}", p.a, p.b); }
fn main() {
    let p = Pair { a: "x".to_string(), b: "y".to_string() };
    let b = p.b;
    println!("{}", b);
    show(p); //~ ERROR E0382
}
