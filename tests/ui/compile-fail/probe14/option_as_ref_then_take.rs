//@ compile-fail
// `o.as_ref()` result kept across `o.take()`.
fn main() {
    let mut o = Some(String::from("a"));
    let r = o.as_ref().unwrap();
    let t = o.take(); //~ ERROR E0502
    println!("{} {:?}", r, t);
}
