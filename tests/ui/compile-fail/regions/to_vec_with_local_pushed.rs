//@ compile-fail
// Items copied out of a `&[&'static str]` may be joined by a local's borrow, which cannot be returned.
fn first(names: &[&'static str]) -> Vec<&'static str> {
    let mut v = names.to_vec();
    let own = String::from("x");
    v.push(&own);
    v //~ ERROR E0515
}
fn main() {
    println!("{:?}", first(&["a"]));
}
