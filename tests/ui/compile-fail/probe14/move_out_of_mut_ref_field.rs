//@ compile-fail
// Moving a String field out through `&mut`.
struct Holder { s: String }
fn take(h: &mut Holder) -> String {
    h.s //~ ERROR E0507
}
fn main() {
    let mut h = Holder { s: "a".into() };
    println!("{}", take(&mut h));
}
