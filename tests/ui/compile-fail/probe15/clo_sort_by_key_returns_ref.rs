//@ compile-fail
// sort_by_key returning a borrow of the element (lifetime error).
fn main() {
    let mut v = vec![String::from("b"), String::from("a")];
    v.sort_by_key(|s| s.as_str()); //~ ERROR lifetime may not live long enough
    println!("{:?}", v);
}
