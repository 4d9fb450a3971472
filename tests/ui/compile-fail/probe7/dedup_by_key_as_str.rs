//@ compile-fail
// `dedup_by_key` gives `&mut T` for one call: its key cannot borrow from it.
fn main() {
    let mut v = vec![String::from("b"), String::from("b")];
    v.dedup_by_key(|s| s.as_str()); //~ ERROR lifetime may not live long enough
    println!("{:?}", v);
}
