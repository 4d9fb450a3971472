//@ compile-fail
// A reference to a field of the element, returned as key by `sort_by_key`.
fn main() {
    let mut v = vec![(String::from("b"), 1), (String::from("a"), 2)];
    v.sort_by_key(|p| &p.0); //~ ERROR lifetime may not live long enough
    println!("{:?}", v);
}
