//@ compile-fail
// A `move` closure capturing `p.a`; using the whole `p` afterwards.
#[derive(Debug)]
struct P { a: String, b: String }
fn main() {
    let p = P { a: "a".into(), b: "b".into() };
    let f = move || println!("{}", p.a);
    f();
    println!("{:?}", p); //~ ERROR E0382
}
