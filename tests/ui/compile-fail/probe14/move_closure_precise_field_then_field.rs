//@ compile-fail
// A `move` closure capturing `p.a` moves that field; reading `p.a` afterwards.
struct P { a: String, b: String }
fn main() {
    let p = P { a: "a".into(), b: "b".into() };
    let f = move || println!("{}", p.a);
    f();
    println!("{} {}", p.b, p.a); //~ ERROR E0382
}
