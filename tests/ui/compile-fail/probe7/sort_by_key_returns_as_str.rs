//@ compile-fail
// The classic: `sort_by_key(|s| s.as_str())` returns a borrow of the element (use `sort_by` instead).
fn main() {
    let mut names = vec![String::from("b"), String::from("a")];
    names.sort_by_key(|s| s.as_str()); //~ ERROR lifetime may not live long enough
    println!("{:?}", names);
}
