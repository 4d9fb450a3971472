// A `move` closure capturing `p.a` leaves `p.b` usable (edition 2021 precise captures).
struct P { a: String, b: String }
fn main() {
    let p = P { a: "a".into(), b: "b".into() };
    let f = move || println!("{}", p.a);
    f();
    println!("{}", p.b);
}
