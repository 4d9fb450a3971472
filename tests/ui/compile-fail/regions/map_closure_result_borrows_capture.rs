//@ compile-fail
// Option::map's result holds what the closure returns: here a borrow of a captured local.
fn main() {
    let s = String::from("text");
    let out = Some(1).map(|_| s.as_str());
    drop(s); //~ ERROR E0505
    println!("{:?}", out);
}
