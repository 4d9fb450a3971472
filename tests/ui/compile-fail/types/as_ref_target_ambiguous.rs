//@ compile-fail
// `s.as_ref()` with nothing saying the target: several `AsRef` impls of `String` fit (E0283, not E0282).
fn main() {
    let s = String::from("abc");
    let r = s.as_ref(); //~ ERROR E0283
    println!("{:?}", r);
}
