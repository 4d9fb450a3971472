//@ compile-fail
// Borrowing a struct after one of its fields moved.
struct Pair { a: String, b: String }
fn len(p: &Pair) -> usize { p.a.len() + p.b.len() }
fn main() {
    let p = Pair { a: "x".to_string(), b: "y".to_string() };
    let taken = p.a;
    println!("{}", len(&p)); //~ ERROR E0382
    println!("{}", taken);
}
