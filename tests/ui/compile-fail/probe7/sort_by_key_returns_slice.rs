//@ compile-fail
// A slice of the element is still a borrow of it: not a valid key for `sort_by_key`.
fn main() {
    let mut v = vec![String::from("b"), String::from("a")];
    v.sort_by_key(|s| &s[..]); //~ ERROR lifetime may not live long enough
    println!("{:?}", v);
}
