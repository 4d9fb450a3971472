//@ compile-fail
// `sort_by_key` cannot return a borrow of the element as key: `K` is one type for every call.
fn main() {
    let mut names = vec![String::from("b"), String::from("a")];
    names.sort_by_key(|s| s); //~ ERROR lifetime may not live long enough
    println!("{:?}", names);
}
